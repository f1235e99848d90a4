package vn.egov.servicedefaults.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service says about its public API in its OpenAPI document. The document is committed under
 * {@code docs/api/} and served by the gateway, so nothing here may depend on where or how a service runs: the
 * identity provider named is the local stack's unless configured otherwise, and the server is the document's own
 * origin (the gateway that serves it).
 *
 * @param title the document's title
 * @param description what the API is for, in a sentence or two
 * @param version the API's version
 * @param identityUrl the OpenID Connect provider whose discovery document the {@code oidc} scheme names
 */
@ConfigurationProperties("egov.openapi")
public record ApiDocumentProperties(
        @DefaultValue("e-government platform API") String title,
        @DefaultValue("") String description,
        @DefaultValue("v1") String version,
        @DefaultValue("http://localhost:9000") String identityUrl) {}
