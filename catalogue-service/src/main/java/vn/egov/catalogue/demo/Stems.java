package vn.egov.catalogue.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.demo.SyntheticCatalogue.Action;
import vn.egov.catalogue.demo.SyntheticCatalogue.Stem;

/**
 * The procedure families {@link SyntheticCatalogue} combines, read from {@value #RESOURCE}: real objects, the actions
 * done with them, sectors, agencies, legal bases, documents, fees and processing times.
 *
 * <p>The file holds {@code actions}, the actions many stems share, by key, and {@code stems}, whose {@code actions}
 * name a shared action by its key or spell out an action of their own. Reading is strict: an unknown or missing
 * property, an unknown action key or an invalid value is an error, never a silently different catalogue.
 */
final class Stems {

    static final String RESOURCE = "/catalogue/synthetic-stems.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private Stems() {}

    /** The stems of {@value #RESOURCE}, in file order (the generator draws from them by index). */
    static List<Stem> all() {
        try (InputStream in = Stems.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<Stem> read(InputStream in) {
        StemsFile file = JSON.readValue(in, StemsFile.class);
        return file.stems().stream().map(entry -> entry.toStem(file.actions())).toList();
    }

    /** The file as written: shared actions by key, and stems whose actions are keys or actions of their own. */
    private record StemsFile(Map<String, Action> actions, List<StemEntry> stems) {}

    private record StemEntry(
            String object,
            String sector,
            String tier,
            String agencyCode,
            String legalBasis,
            int days,
            String feeKind,
            long fee,
            boolean sameDay,
            boolean physicalResult,
            List<JsonNode> actions,
            List<String> qualifiers,
            List<DemoDocument> documents) {

        Stem toStem(Map<String, Action> shared) {
            List<Action> resolved =
                    actions.stream().map(node -> action(node, shared)).toList();
            return new Stem(
                    object,
                    sector,
                    tier,
                    agencyCode,
                    legalBasis,
                    days,
                    feeKind,
                    fee,
                    sameDay,
                    physicalResult,
                    resolved,
                    qualifiers,
                    documents);
        }

        private Action action(JsonNode node, Map<String, Action> shared) {
            if (!node.isString()) {
                return JSON.treeToValue(node, Action.class);
            }
            Action action = shared.get(node.stringValue());
            if (action == null) {
                throw new IllegalArgumentException(
                        "stem '" + object + "' names an unknown action: " + node.stringValue());
            }
            return action;
        }
    }
}
