package vn.egov.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Free loopback ports for servers started by the devstack, the benchmarks and tests. A port is free when asked for,
 * not reserved: the kernel may offer the same one again as soon as its probe socket closes, so this JVM never hands
 * out a port twice (several servers of one platform are given their ports before any of them binds).
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    public static int next() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = probe();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port not handed out already after 100 attempts");
    }

    /**
     * A free port whose companion {@code port + offset} is free too, both handed out: for a server with a management
     * port at a fixed distance from its own (the platform's services: + 1000).
     */
    public static int nextWithCompanion(int offset) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = next();
            int companion = port + offset;
            if (companion > 0 && companion <= 65535 && isFree(companion) && HANDED_OUT.add(companion)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port with a free companion at +" + offset);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int probe() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
