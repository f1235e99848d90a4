package vn.egov.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class CallClassesTest {

    @Nested
    class LookUpsByCode {

        @Test
        void countsTheDossierLookUpByCodeAndPhoneAsALookUp() {
            assertThat(classOf(MockServerHttpRequest.get("/api/public/dossiers/000.00.15.H17-261207-0001?phone=0905")
                            .build()))
                    .contains(LimitClass.LOOKUP);
        }

        @Test
        void countsResultReceiptAndPaymentChecksAsLookUpsForApiClients() {
            for (String path : new String[] {
                "/api/public/results/ABCDEFGH2345", "/api/public/receipts/R123", "/api/public/payments/by-order/MOMO/1"
            }) {
                assertThat(classOf(MockServerHttpRequest.get(path)
                                .header("Accept", "application/json")
                                .build()))
                        .as(path)
                        .contains(LimitClass.LOOKUP);
            }
        }

        @Test
        void countsALookUpAsALookUpEvenWithAToken() {
            assertThat(CallClasses.of(
                            MockServerHttpRequest.get("/api/public/dossiers/X").build(), true))
                    .contains(LimitClass.LOOKUP);
        }

        @Test
        void leavesTheBrowsersPageOfAPrintedQrCodeToThePortalsOwnCall() {
            assertThat(classOf(MockServerHttpRequest.get("/api/public/results/ABCDEFGH2345")
                            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                            .build()))
                    .isEmpty();
        }
    }

    @Nested
    class PartnersAndPages {

        @Test
        void neverCountsPartnerNotifications() {
            assertThat(classOf(MockServerHttpRequest.post("/api/payments/callbacks/momo")
                            .build()))
                    .isEmpty();
            assertThat(classOf(MockServerHttpRequest.post("/api/notifications/inbound/sms")
                            .build()))
                    .isEmpty();
            assertThat(classOf(MockServerHttpRequest.get("/api/notifications/receipts/esms")
                            .build()))
                    .isEmpty();
        }

        @Test
        void neverCountsThePortalsPagesAndAssets() {
            assertThat(classOf(MockServerHttpRequest.get("/").build())).isEmpty();
            assertThat(classOf(MockServerHttpRequest.post("/tra-cuu").build())).isEmpty();
            assertThat(classOf(MockServerHttpRequest.get("/css/app.css").build()))
                    .isEmpty();
        }
    }

    @Nested
    class OtherApiCalls {

        @Test
        void countsAnonymousCallsPerAddress() {
            assertThat(classOf(MockServerHttpRequest.get("/api/catalogue/procedures?q=khai%20sinh")
                            .build()))
                    .contains(LimitClass.ANONYMOUS);
        }

        @Test
        void countsSignedInCallsPerPerson() {
            assertThat(CallClasses.of(
                            MockServerHttpRequest.post("/api/dossiers").build(), true))
                    .contains(LimitClass.USER);
        }
    }

    private static Optional<LimitClass> classOf(MockServerHttpRequest request) {
        return CallClasses.of(request, false);
    }
}
