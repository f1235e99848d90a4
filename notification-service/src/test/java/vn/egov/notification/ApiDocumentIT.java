package vn.egov.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.testsupport.CommittedApiDocument;
import vn.egov.testsupport.EgovIntegrationTest;

/**
 * The OpenAPI document the service serves is the one committed as {@code docs/api/notifications.yaml}, which the gateway shows at
 * {@code /api-docs} and clients are generated from. On a difference, {@code -Degov.openapi.write=true} writes it.
 */
@EgovIntegrationTest
class ApiDocumentIT {

    @LocalServerPort
    private int port;

    @Test
    void servesTheCommittedOpenApiDocument() {
        CommittedApiDocument.of("notifications.yaml", "notification-service", ApiDocumentIT.class)
                .assertServedOn(port);
    }
}
