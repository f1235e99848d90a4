package vn.egov.catalogue.assistant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Links the assistant gives.
 *
 * @param procedureUrl a procedure's page, {@code {code}} replaced by its code
 * @param lookUpUrl where citizens look a dossier up with its code and their phone
 */
@ConfigurationProperties("egov.catalogue.assistant")
public record AssistantProperties(
        @DefaultValue("http://localhost:8080/api/catalogue/procedures/{code}") String procedureUrl,
        @DefaultValue("http://localhost:8080/api/public/dossiers/<mã hồ sơ>?phone=<số điện thoại>") String lookUpUrl) {}
