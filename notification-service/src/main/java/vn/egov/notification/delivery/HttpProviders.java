package vn.egov.notification.delivery;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * What the HTTP providers (eSMS, Zalo ZNS) share: a client with their timeout, and one mapping of transport failures
 * and HTTP statuses to a {@link SendResult}. A provider's own answer codes stay with its gateway.
 *
 * <ul>
 *   <li>HTTP 429: temporary, the provider asks us to slow down;
 *   <li>any other 4xx: permanent, the same request will be refused again;
 *   <li>5xx, a timeout, a refused connection, an unreadable answer: temporary.
 * </ul>
 */
public final class HttpProviders {

    private HttpProviders() {}

    /** A client for {@code baseUrl} that gives up connecting and reading after {@code timeout}. */
    public static RestClient client(String baseUrl, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    /**
     * Makes one call and answers its result, or the failure it ended in.
     *
     * @param provider the provider's name, for the delivery log ({@code eSMS}, {@code ZNS})
     * @param call sends the request and reads the provider's answer into a result
     */
    public static SendResult send(String provider, Supplier<SendResult> call) {
        try {
            return call.get();
        } catch (HttpClientErrorException.TooManyRequests e) {
            return SendResult.Failed.temporary(provider + " HTTP 429");
        } catch (HttpClientErrorException e) {
            return SendResult.Failed.permanent(
                    provider + " HTTP " + e.getStatusCode().value());
        } catch (RestClientException e) {
            return SendResult.Failed.temporary(provider + " unreachable or failing: " + e.getMessage());
        }
    }
}
