package vn.egov.webcore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void ignoresForwardedForWithoutTrustedProxies() {
        ClientAddresses addresses = new ClientAddresses(List.of());

        assertThat(addresses.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void ignoresForwardedForFromAnUntrustedAddress() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void takesTheAddressTheTrustedProxySaw() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void takesTheRemoteAddressWhenATrustedProxySendsNoHeader() {
        ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.1"));

        assertThat(addresses.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void skipsEveryTrustedHopFromTheRightAndNeverBelievesWhatTheClientWroteItself() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        // The client wrote 1.1.1.1 itself; the load balancer (10.0.0.5) appended the client's real address, an inner
        // proxy (10.1.2.3) appended the load balancer's.
        assertThat(addresses.of("10.1.2.3", List.of("1.1.1.1, 198.51.100.1, 10.0.0.5")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void readsSeveralForwardedForHeadersAsOneList() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of("10.1.2.3", List.of("1.1.1.1, 198.51.100.1", "10.0.0.5")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void stopsAtGarbageInTheHeader() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of("10.1.2.3", List.of("example.org, 198.51.100.1")))
                .isEqualTo("198.51.100.1");
        assertThat(addresses.of("10.1.2.3", List.of("evil.example.org"))).isEqualTo("10.1.2.3");
    }

    @Test
    void writesIpv6AddressesInOneForm() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8"));

        assertThat(addresses.of("10.1.2.3", List.of("[2001:DB8:0:0::1]")))
                .isEqualTo(addresses.of("10.1.2.3", List.of("2001:db8::1")));
    }

    @Test
    void refusesATrustedProxyThatIsNotAnAddressOrRange() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/99")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
