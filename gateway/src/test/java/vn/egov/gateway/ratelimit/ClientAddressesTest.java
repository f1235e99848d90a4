package vn.egov.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    @Test
    void ignoresForwardedForWithoutTrustedProxies() {
        ClientAddresses addresses = new ClientAddresses(List.of());

        assertThat(addresses.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void ignoresForwardedForFromAnUntrustedAddress() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void takesTheAddressTheTrustedProxySaw() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of(from("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void skipsEveryTrustedHopFromTheRightAndNeverBelievesWhatTheClientWroteItself() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        // The client wrote 1.1.1.1 itself; the load balancer (10.0.0.5) appended the client's real address, the portal
        // (10.1.2.3) appended the load balancer's.
        assertThat(addresses.of(from("10.1.2.3", "1.1.1.1, 198.51.100.1, 10.0.0.5")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void readsSeveralForwardedForHeadersAsOneList() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));
        MockServerHttpRequest request = MockServerHttpRequest.get("/api/catalogue/procedures")
                .remoteAddress(new InetSocketAddress("10.1.2.3", 40000))
                .header(ClientAddresses.FORWARDED_FOR, "1.1.1.1, 198.51.100.1")
                .header(ClientAddresses.FORWARDED_FOR, "10.0.0.5")
                .build();

        assertThat(addresses.of(request)).isEqualTo("198.51.100.1");
    }

    @Test
    void stopsAtGarbageInTheHeader() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of(from("10.1.2.3", "example.org, 198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(addresses.of(from("10.1.2.3", "evil.example.org"))).isEqualTo("10.1.2.3");
    }

    @Test
    void writesIpv6AddressesInOneForm() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of(from("10.1.2.3", "[2001:DB8:0:0::1]")))
                .isEqualTo(addresses.of(from("10.1.2.3", "2001:db8::1")));
    }

    @Test
    void refusesATrustedProxyThatIsNotAnAddressOrRange() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/99")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MockServerHttpRequest from(String remote, String forwardedFor) {
        return MockServerHttpRequest.get("/api/catalogue/procedures")
                .remoteAddress(new InetSocketAddress(remote, 40000))
                .header(ClientAddresses.FORWARDED_FOR, forwardedFor)
                .build();
    }
}
