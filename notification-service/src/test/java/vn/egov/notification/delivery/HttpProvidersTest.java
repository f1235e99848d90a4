package vn.egov.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

class HttpProvidersTest {

    @Test
    void passesTheProvidersOwnVerdictThrough() {
        assertThat(HttpProviders.send("eSMS", () -> new SendResult.Sent("sms-1")))
                .isEqualTo(new SendResult.Sent("sms-1"));
    }

    @Test
    void retriesWhenTheProviderAsksToSlowDown() {
        assertThat(HttpProviders.send("eSMS", () -> {
                    throw HttpClientErrorException.create(
                            HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", HttpHeaders.EMPTY, new byte[0], null);
                }))
                .isEqualTo(SendResult.Failed.temporary("eSMS HTTP 429"));
    }

    @Test
    void givesUpOnARequestTheProviderRefuses() {
        assertThat(HttpProviders.send("ZNS", () -> {
                    throw HttpClientErrorException.create(
                            HttpStatus.UNAUTHORIZED, "Unauthorized", HttpHeaders.EMPTY, new byte[0], null);
                }))
                .isEqualTo(SendResult.Failed.permanent("ZNS HTTP 401"));
    }

    @Test
    void retriesAProviderInTrouble() {
        SendResult result = HttpProviders.send("ZNS", () -> {
            throw HttpServerErrorException.create(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Service Unavailable",
                    HttpHeaders.EMPTY,
                    "down".getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
        });

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.permanent()).isFalse();
            assertThat(failed.error()).startsWith("ZNS unreachable or failing: 503");
        });
    }

    @Test
    void retriesWhenTheProviderCannotBeReachedOrRead() {
        for (RestClientException failure : new RestClientException[] {
            new ResourceAccessException("Connection refused"), new RestClientException("unreadable")
        }) {
            SendResult result = HttpProviders.send("eSMS", () -> {
                throw failure;
            });

            assertThat(result)
                    .isEqualTo(SendResult.Failed.temporary("eSMS unreachable or failing: " + failure.getMessage()));
        }
    }
}
