package vn.egov.identity.server;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cost of the Argon2id password hash ({@code egov.identity.passwords}). The defaults are Spring Security's
 * {@code Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()} (16 MiB, 2 iterations, 1 lane). Tests that sign in
 * many times may lower them; production must not. A sign-in with a hash cheaper than these settings re-hashes the
 * password.
 *
 * @param memoryKib memory per hash in KiB
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
@ConfigurationProperties("egov.identity.passwords")
public record PasswordHashingProperties(Integer memoryKib, Integer iterations, Integer parallelism) {

    public static final int DEFAULT_MEMORY_KIB = 1 << 14;
    public static final int DEFAULT_ITERATIONS = 2;
    public static final int DEFAULT_PARALLELISM = 1;

    public PasswordHashingProperties {
        memoryKib = memoryKib == null ? DEFAULT_MEMORY_KIB : memoryKib;
        iterations = iterations == null ? DEFAULT_ITERATIONS : iterations;
        parallelism = parallelism == null ? DEFAULT_PARALLELISM : parallelism;
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException(
                    "egov.identity.passwords: memory-kib >= 8 x parallelism, iterations >= 1");
        }
    }
}
