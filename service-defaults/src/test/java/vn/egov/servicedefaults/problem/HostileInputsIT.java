package vn.egov.servicedefaults.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.RawHttp;

/**
 * What a service built from the defaults answers to requests that try to break it, straight on its Tomcat port:
 * always a 4xx problem+json, never a 5xx, never Tomcat's HTML page or a stack trace.
 */
@EgovIntegrationTest
class HostileInputsIT {

    @LocalServerPort
    int port;

    @Nested
    class Urls {

        @Test
        void refusesAQueryThatIsNotUtf8() {
            assertProblem(http().get("/open/search?q=%ff"), 400, "malformed-request");
        }

        @Test
        void refusesMalformedPercentEncodingInTheQuery() {
            assertProblem(http().get("/open/search?q=%zz"), 400, "malformed-request");
        }

        @Test
        void refusesMalformedPercentEncodingInThePath() {
            assertProblem(http().get("/open/%zz"), 400, "malformed-request");
        }

        @Test
        void refusesRawBytesThatAreNotUtf8InThePath() {
            byte[] target = "/open/search/\u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1);
            assertProblem(http().get(target), 400, "malformed-request");
        }

        @Test
        void refusesCharactersThatHaveNoPlaceInAUrl() {
            assertProblem(http().get("/open/search?q={\"x\"}"), 400, "malformed-request");
        }

        @Test
        void refusesAnOverLongUrl() {
            // Tomcat counts the request line with the headers.
            assertProblem(http().get("/open/search?q=" + "a".repeat(20_000)), 431, "request-header-fields-too-large");
        }

        @Test
        void refusesAnOverLongHeader() {
            assertProblem(
                    http().get("/open/search?q=x", "X-Filler: " + "a".repeat(20_000)),
                    431,
                    "request-header-fields-too-large");
        }

        @Test
        void refusesARequestLineThatIsNotHttp() {
            assertProblem(
                    http().send("GET /open/search?q=x HTTP/1.1 and more\r\nHost: x\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1)),
                    400,
                    "malformed-request");
        }

        @Test
        void answersAPlainQueryAsBefore() {
            RawHttp.Response response = http().get("/open/search?q=l%C3%BD%20l%E1%BB%8Bch");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).contains("lý lịch");
        }
    }

    @Nested
    class JsonBodies {

        @Test
        void refusesJsonNestedTooDeep() {
            // Deeper than the platform's 64 levels, well within Jackson's own default of 500.
            String deep = "{\"amount\":1,\"data\":" + "[".repeat(100) + "]".repeat(100) + "}";
            assertProblem(http().postJson("/open/forms", deep), 400, "malformed-request");
        }

        @Test
        void refusesANumberWithTooManyDigits() {
            String huge = "{\"amount\":1,\"rate\":" + "9".repeat(200) + "}";
            assertProblem(http().postJson("/open/forms", huge), 400, "malformed-request");
        }

        @Test
        void refusesAnAmountOutOfRange() {
            assertProblem(http().postJson("/open/forms", "{\"amount\":1e400}"), 400, "malformed-request");
            assertProblem(
                    http().postJson("/open/forms", "{\"amount\":99999999999999999999999}"), 400, "malformed-request");
        }

        @Test
        void refusesAnExponentThatWouldTakeForeverToExpand() {
            RawHttp.Response response = http().postJson("/open/forms", "{\"amount\":1,\"rate\":1e999999999}");
            assertThat(response.status()).as(response.body()).isLessThan(500);
        }

        @Test
        void acceptsAFormOfReasonableShape() {
            RawHttp.Response response =
                    http().postJson("/open/forms", "{\"amount\":50000,\"rate\":0.5,\"data\":{\"a\":[[1,2],[3]]}}");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("50000");
        }
    }

    private RawHttp http() {
        return RawHttp.to(port);
    }

    static void assertProblem(RawHttp.Response response, int status, String slug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("\"type\":\"https://egov.vn/problems/" + slug + "\"")
                .contains("\"status\":" + status)
                .doesNotContain("Exception", "<html", "at org.", "Tomcat");
    }
}
