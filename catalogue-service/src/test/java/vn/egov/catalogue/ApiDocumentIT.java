package vn.egov.catalogue;

import org.junit.jupiter.api.Test;
import vn.egov.testsupport.CommittedApiDocument;

/**
 * The OpenAPI document the service serves is the one committed as {@code docs/api/catalogue.yaml}, which the gateway shows at
 * {@code /api-docs} and clients are generated from. On a difference, {@code -Degov.openapi.write=true} writes it.
 */
class ApiDocumentIT extends IntegrationTestBase {

    @Test
    void servesTheCommittedOpenApiDocument() {
        CommittedApiDocument.of("catalogue.yaml", "catalogue-service", ApiDocumentIT.class)
                .assertServedOn(port);
    }
}
