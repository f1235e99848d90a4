package vn.egov.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on requests from outside.
 *
 * @param maxRequestSize the largest request body accepted (attachments of a dossier are uploaded through the
 *     gateway, so this is sized for scanned documents); larger bodies get 413
 */
@ConfigurationProperties("egov.gateway.limits")
public record RequestLimits(DataSize maxRequestSize) {

    public static final DataSize DEFAULT_MAX_REQUEST_SIZE = DataSize.ofMegabytes(20);

    public RequestLimits {
        maxRequestSize = maxRequestSize == null ? DEFAULT_MAX_REQUEST_SIZE : maxRequestSize;
        if (maxRequestSize.toBytes() <= 0) {
            throw new IllegalArgumentException(
                    "egov.gateway.limits.max-request-size must be positive: " + maxRequestSize);
        }
    }
}
