package vn.egov.embedded.kafka;

import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/** A user name and password for the platform's Kafka listener: SASL/SCRAM-SHA-512 over plaintext. */
public record KafkaCredentials(String username, String password) {

    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    public static final String MECHANISM = "SCRAM-SHA-512";

    public KafkaCredentials {
        if (username.isBlank() || password.isBlank()) {
            throw new IllegalArgumentException("a Kafka user needs a name and a password");
        }
        if ((username + password).contains("\"")) {
            throw new IllegalArgumentException("a Kafka user name or password cannot contain a double quote");
        }
    }

    /** The local-stack credentials of {@code user}. */
    public static KafkaCredentials localOf(KafkaUser user) {
        return new KafkaCredentials(user.name(), user.localPassword());
    }

    /** The JAAS line a client sets as {@code sasl.jaas.config}. */
    public String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }

    /** The client properties that authenticate as this user on {@code bootstrapServers}. */
    public Map<String, Object> clientProperties(String bootstrapServers) {
        return Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                SECURITY_PROTOCOL,
                SaslConfigs.SASL_MECHANISM,
                MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG,
                jaasConfig());
    }

    /** Never the password, in logs or assertion messages. */
    @Override
    public String toString() {
        return "KafkaCredentials[" + username + "]";
    }
}
