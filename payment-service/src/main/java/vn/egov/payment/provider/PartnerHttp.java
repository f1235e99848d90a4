package vn.egov.payment.provider;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * How every adapter talks to its partner: HTTP/1.1 (partners' gateways are), a connect and a read time limit, so that
 * a slow partner makes a {@link ProviderUnavailable} rather than a stuck thread.
 */
public final class PartnerHttp {

    private PartnerHttp() {}

    public static RestClient.Builder client(String baseUrl, Duration connectTimeout, Duration readTimeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build());
        requests.setReadTimeout(readTimeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests);
    }
}
