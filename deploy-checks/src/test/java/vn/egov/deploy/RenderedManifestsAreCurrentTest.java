package vn.egov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed renders (deploy/k8s/rendered) are what the overlays produce today, so that RenderedManifestsTest
 * checks the real thing. Needs kubectl, which Debian bookworm does not package: without it this test is skipped and
 * says so; render.sh must then be run where kubectl is.
 */
class RenderedManifestsAreCurrentTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theCommittedRenderIsWhatTheOverlayProduces(String overlay) {
        Assumptions.assumeTrue(
                Commands.onPath("kubectl"),
                "kubectl is not on the PATH: the committed renders of deploy/k8s/rendered were not compared with the"
                        + " overlays (install kubectl and run deploy/k8s/render.sh after changing deploy/)");
        Commands.Result result = Commands.run(List.of("kubectl", "kustomize", "deploy/k8s/overlays/" + overlay));
        assertThat(result.exitCode()).as(result.output()).isZero();
        String committed = DeployFiles.read("deploy/k8s/rendered/" + overlay + ".yaml");
        String withoutHeader = committed.substring(committed.indexOf('\n') + 1);
        assertThat(withoutHeader)
                .as(
                        "deploy/k8s/rendered/%s.yaml is out of date: run deploy/k8s/render.sh and commit it (its first"
                                + " line names the Kustomize that wrote it; another version may differ in form only)",
                        overlay)
                .isEqualTo(result.output());
    }
}
