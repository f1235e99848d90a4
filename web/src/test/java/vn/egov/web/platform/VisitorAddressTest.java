package vn.egov.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class VisitorAddressTest {

    @Test
    void appendsTheAddressThePageRequestCameFrom() {
        MockHttpServletRequest page = new MockHttpServletRequest();
        page.setRemoteAddr("10.244.1.7");
        page.addHeader(VisitorAddress.HEADER, "198.51.100.1, 10.244.0.3");

        assertThat(VisitorAddress.forwardedFor(page)).isEqualTo("198.51.100.1, 10.244.0.3, 10.244.1.7");
    }

    @Test
    void startsTheListWhenThePageRequestBroughtNone() {
        MockHttpServletRequest page = new MockHttpServletRequest();
        page.setRemoteAddr("198.51.100.1");

        assertThat(VisitorAddress.forwardedFor(page)).isEqualTo("198.51.100.1");
    }
}
