package vn.egov.sandbox.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZnsTemplateTest {

    private final ZnsTemplate template = new ZnsTemplate(
            "egov-result-ready", "Ho so <dossier_code> (<procedure_name>) da co ket qua: <status>. Ma: <dossier_code>");

    @Test
    void listsEachParameterOnceInOrderOfAppearance() {
        assertThat(template.params()).containsExactly("dossier_code", "procedure_name", "status");
    }

    @Test
    void rendersEveryPlaceholderWithItsValue() {
        String text = template.render(Map.of(
                "dossier_code", "000.00.15.H17-250310-0001",
                "procedure_name", "Cấp Phiếu lý lịch tư pháp",
                "status", "Đã có kết quả"));

        assertThat(text)
                .isEqualTo("Ho so 000.00.15.H17-250310-0001 (Cấp Phiếu lý lịch tư pháp) da co ket qua: Đã có kết quả."
                        + " Ma: 000.00.15.H17-250310-0001");
    }

    @Test
    void rendersNumbersAndKeepsDollarSignsAndBackslashesLiteral() {
        String text = new ZnsTemplate("fee", "Phi <fee> <note>").render(Map.of("fee", 200000, "note", "$1 \\n"));

        assertThat(text).isEqualTo("Phi 200000 $1 \\n");
    }

    @Test
    void reportsParametersThatAreAbsentNullOrBlank() {
        Map<String, Object> data = new HashMap<>();
        data.put("dossier_code", "X");
        data.put("procedure_name", null);
        data.put("status", " ");

        assertThat(template.missingParams(data)).containsExactly("procedure_name", "status");
        assertThat(template.missingParams(null)).containsExactly("dossier_code", "procedure_name", "status");
        assertThatIllegalArgumentException().isThrownBy(() -> template.render(data));
    }
}
