package vn.egov.embedded;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another main class in this JVM and ends the JVM when the parent process ends, however it ends. Child JVMs
 * of the devstack and of tests start through it so that no orphan broker or service outlives a killed parent.
 *
 * <p>Usage: {@code java -cp ... vn.egov.embedded.ParentWatchdog <parent pid> <main class> [args...]}
 */
public final class ParentWatchdog {

    private ParentWatchdog() {}

    /** Where this class was loaded from: a jar in {@code lib/}, in ~/.m2, or a classes directory. */
    public static String location() {
        try {
            return java.nio.file.Path.of(ParentWatchdog.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot tell where " + ParentWatchdog.class.getName() + " is", e);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ParentWatchdog <parent pid> <main class> [args...]");
        }
        long parentPid = Long.parseLong(args[0]);
        ProcessHandle.of(parentPid)
                .ifPresentOrElse(parent -> parent.onExit().thenRun(ParentWatchdog::exitSoon), ParentWatchdog::exitSoon);
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }

    private static void exitSoon() {
        // Give the application's shutdown hooks a moment, then make sure the JVM is gone.
        Thread halt = new Thread(() -> {
            try {
                Thread.currentThread().join(15_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        });
        halt.setDaemon(true);
        halt.start();
        System.exit(0);
    }
}
