package vn.egov.devstack;

/**
 * The platform's services as the devstack runs them: which module's jar, on which port by default, and what
 * infrastructure each needs before it can start.
 */
public enum PlatformService {
    IDENTITY("identity-service", "identity", 9000, "identity", false),
    SANDBOX("partner-sandbox", "sandbox", 8090, null, false),
    CATALOGUE("catalogue-service", "catalogue", 8081, "catalogue", true),
    DOSSIER("dossier-service", "dossier", 8082, "dossier", true),
    PAYMENT("payment-service", "payment", 8083, "payment", true),
    NOTIFICATION("notification-service", "notification", 8084, "notification", true),
    /** The gateway keeps the rate limits' shared buckets in a database of its own. */
    GATEWAY("gateway", "gateway", 8080, "gateway", false),
    /** The portal's pages, served to browsers through the gateway at {@code /}. */
    WEB("web", "web", 8085, null, false);

    private final String module;
    private final String shortName;
    private final int defaultPort;
    private final String database;
    private final boolean usesKafka;

    PlatformService(String module, String shortName, int defaultPort, String database, boolean usesKafka) {
        this.module = module;
        this.shortName = shortName;
        this.defaultPort = defaultPort;
        this.database = database;
        this.usesKafka = usesKafka;
    }

    /** The Maven module, which is also the jar's name and {@code spring.application.name}. */
    public String module() {
        return module;
    }

    /** The name used in flags and environment variables: {@code --gateway-port}, {@code EGOV_GATEWAY_PORT}. */
    public String shortName() {
        return shortName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The environment variable that overrides the port, e.g. {@code EGOV_GATEWAY_PORT}. */
    public String portVariable() {
        return "EGOV_" + shortName.toUpperCase(java.util.Locale.ROOT) + "_PORT";
    }

    /** The service's own database, or {@code null} when it keeps no data. */
    public String database() {
        return database;
    }

    public boolean usesKafka() {
        return usesKafka;
    }

    /**
     * Why the service cannot run as more than one instance, or {@code null} when it can: these keep state in memory
     * that a second instance would not see.
     */
    public String singleInstanceReason() {
        return switch (this) {
            case IDENTITY -> "it keeps sign-in sessions and authorization codes in memory";
            case WEB -> "it keeps the portal's sessions (and the tokens in them) in memory";
            case SANDBOX -> "it keeps what the partners received in memory, where tests and demos read it";
            default -> null;
        };
    }

    /** Accepts the module name or the short name. */
    public static PlatformService named(String name) {
        for (PlatformService service : values()) {
            if (service.module.equals(name) || service.shortName.equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException("no such service: " + name);
    }
}
