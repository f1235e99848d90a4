package vn.egov.webcore;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * The address a call comes from, for the per-address limits of the gateway (API calls) and of the identity provider
 * (sign-in attempts): one rule for both. The connection's remote address, unless it is one of the trusted proxies: then
 * {@code X-Forwarded-For} is read from the right (each proxy appends the address it received from) and the first
 * address that is not a trusted proxy is the client. Addresses a client wrote itself into the header (to the left of
 * it) are never believed. Without trusted proxies the header is ignored.
 */
public final class ClientAddresses {

    /** The header proxies append the address they received a call from to. */
    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final String UNKNOWN = "unknown";

    private final List<AddressRange> trustedProxies;

    public ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(AddressRange::parse).toList();
    }

    /**
     * The client's address.
     *
     * @param remoteAddress the connection's remote address, {@code null} when unknown
     * @param forwardedFor the values of the request's {@code X-Forwarded-For} headers, in order
     */
    public String of(String remoteAddress, List<String> forwardedFor) {
        String client = remoteAddress == null ? null : normalised(remoteAddress);
        if (client == null) {
            return UNKNOWN;
        }
        if (trustedProxies.isEmpty() || !trusted(client)) {
            return client;
        }
        List<String> forwarded = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = normalised(forwarded.get(i));
            if (hop == null) {
                // Garbage where an address should be: whatever is left of it was written by nobody we trust.
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        byte[] bytes = bytes(address);
        return bytes != null && trustedProxies.stream().anyMatch(proxy -> proxy.contains(bytes));
    }

    private static byte[] bytes(String address) {
        String normalised = normalised(address);
        try {
            return normalised == null ? null : InetAddress.getByName(normalised).getAddress();
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    /** The address in its canonical form, or {@code null} when the text is not an IP address (no name look-up). */
    static String normalised(String text) {
        String value = text.trim();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty() || !(isIpv4(value) || value.indexOf(':') >= 0 && value.matches("[0-9a-fA-F:.]+"))) {
            return null;
        }
        try {
            return InetAddress.getByName(value).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    private static boolean isIpv4(String value) {
        return value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** An address or a CIDR range of them ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, {@code 127.0.0.1}). */
    record AddressRange(byte[] network, int prefix) {

        static AddressRange parse(String text) {
            int slash = text.indexOf('/');
            byte[] network = bytes(slash < 0 ? text : text.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
            }
            int prefix;
            try {
                prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text, e);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
            }
            return new AddressRange(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
