package vn.egov.catalogue.procedure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the procedure rules.
 *
 * @param onlineTimeShare share of the statutory time an online dossier gets when a procedure fixes none (rounded up
 *     to whole working days, at least one); env {@code EGOV_CATALOGUE_ONLINETIMESHARE}
 */
@ConfigurationProperties("egov.catalogue")
public record ProcedureProperties(@DefaultValue("0.5") double onlineTimeShare) {

    public ProcedureProperties {
        if (onlineTimeShare <= 0 || onlineTimeShare > 1) {
            throw new IllegalArgumentException("egov.catalogue.online-time-share must be in (0, 1]");
        }
    }
}
