package vn.egov.servicedefaults.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * What every service's OpenAPI document says the same way: title and version, the gateway as the server, the
 * OpenID Connect scheme that citizens and officers sign in with (and the plain bearer scheme of the same tokens), the
 * problem+json {@code Problem} schema and the standard error responses of each operation. An operation that declares
 * no security needs a token ({@code oidc} or {@code bearer}); one that is public declares an empty
 * {@code @SecurityRequirements} on its controller.
 */
public class ApiDocumentDefaults implements OpenApiCustomizer {

    /** The name of the OpenID Connect security scheme. */
    public static final String OIDC = "oidc";

    /** The name of the plain bearer-token scheme: the same tokens, for a client that already holds one. */
    public static final String BEARER = "bearer";

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private final ApiDocumentProperties properties;

    public ApiDocumentDefaults(ApiDocumentProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info()
                        .title(properties.title())
                        .description(properties.description().isBlank() ? null : properties.description())
                        .version(properties.version())
                        .license(new License().name("Apache 2.0").identifier("Apache-2.0")))
                // Relative: the gateway serves the document, so its own origin is the API's, on every stack.
                .servers(List.of(new Server().url("/").description("the gateway that serves this document")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components.addSecuritySchemes(
                OIDC,
                new SecurityScheme()
                        .type(SecurityScheme.Type.OPENIDCONNECT)
                        .openIdConnectUrl(properties.identityUrl() + "/.well-known/openid-configuration")
                        .description("Citizens, officers and administrators sign in with the identity provider"
                                + " (authorization code with PKCE, public client `egov-web`) and send the access"
                                + " token as `Authorization: Bearer <token>`. Its `roles` claim (CITIZEN, OFFICER,"
                                + " ADMIN) and, for officers, `agency` decide what they may do."));
        components.addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("The same access token of the identity provider, for a client that already has"
                                + " one (a mobile app after its own sign-in, or `scripts/token.sh citizen` on the"
                                + " local stack pasted into Swagger UI)."));
        components.addSchemas(PROBLEM, problemSchema());
        ErrorResponse.all().forEach(error -> components.addResponses(error.name, error.response()));
        if (api.getPaths() != null) {
            api.getPaths().forEach(this::customise);
        }
    }

    private void customise(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> customise(path, method, operation));
    }

    private void customise(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getTags() != null) {
            // springdoc names a controller's tag after its class: "search-controller" reads as "search".
            operation.setTags(operation.getTags().stream()
                    .map(tag -> tag.replaceFirst("-controller$", ""))
                    .toList());
        }
        if (operation.getSecurity() == null) {
            operation.addSecurityItem(new SecurityRequirement().addList(OIDC));
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        boolean signedIn = !operation.getSecurity().isEmpty();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        add(responses, ErrorResponse.BAD_REQUEST);
        if (signedIn) {
            add(responses, ErrorResponse.UNAUTHORIZED);
            add(responses, ErrorResponse.FORBIDDEN);
        }
        if (path.contains("{")) {
            add(responses, ErrorResponse.NOT_FOUND);
        }
        if (writes) {
            add(responses, ErrorResponse.CONFLICT);
            add(responses, ErrorResponse.UNPROCESSABLE);
        }
        add(responses, ErrorResponse.TOO_MANY_REQUESTS);
    }

    private static void add(ApiResponses responses, ErrorResponse error) {
        if (!responses.containsKey(error.status)) {
            responses.addApiResponse(error.status, new ApiResponse().$ref("#/components/responses/" + error.name));
        }
    }

    /** RFC 9457 problem details with the members the services add. */
    static Schema<?> problemSchema() {
        Map<String, Schema> members = new LinkedHashMap<>();
        members.put(
                "type",
                string("A stable URI naming the kind of problem, `" + ApiProblem.TYPE_BASE + "<slug>`; switch on it")
                        .format("uri")
                        .example(ApiProblem.TYPE_BASE + "invalid-request"));
        members.put("title", string("A short summary of the kind of problem").example("Invalid request"));
        members.put(
                "status",
                typed("integer", "The HTTP status code").format("int32").example(400));
        members.put(
                "detail", string("What went wrong this time, for people").example("Invalid fields: applicant.phone"));
        members.put("instance", string("The path the problem occurred on").format("uri-reference"));
        members.put(
                "errors",
                typed("array", "Each refused field (400 `invalid-request` and similar)")
                        .items(new JsonSchema()
                                .types(Set.of("object"))
                                .addProperty("field", string("The field's path in the request"))
                                .addProperty("message", string("Why it was refused"))
                                .required(List.of("field", "message"))));
        members.put("field", string("The one field the problem is about"));
        members.put(
                "missing",
                typed("array", "Required documents that were not attached").items(string(null)));
        members.put(
                "allowedTypes", typed("array", "Content types a file may have").items(string(null)));
        members.put(
                "maxSize",
                typed("integer", "The largest file accepted, in bytes").format("int64"));
        members.put(
                "latestVersion",
                typed("integer", "The procedure's current version").format("int32"));
        members.put("eligibility", typed("object", "The promotion rules and how the procedure fares against them"));
        members.put("paymentId", string("The payment the problem is about"));
        members.put("paidPaymentId", string("The payment that already paid the fee"));
        members.put(
                "correlationId",
                string("Set by the gateway: quote it to the help desk").example("c0a8012e-5b7d"));
        return new JsonSchema()
                .types(Set.of("object"))
                .description("An error, as RFC 9457 problem details (`application/problem+json`). Services add"
                        + " members of their own; clients ignore members they do not know.")
                .properties(members)
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> string(String description) {
        return typed("string", description);
    }

    private static Schema<?> typed(String type, String description) {
        return new JsonSchema().types(Set.of(type)).description(description);
    }

    /** The error answers every operation may give, as shared responses ({@code #/components/responses/<name>}). */
    enum ErrorResponse {
        BAD_REQUEST(
                "400",
                "BadRequest",
                "The request is malformed or has invalid fields",
                "invalid-request",
                "Invalid request",
                "Invalid fields: applicant.idNumber",
                List.of(Map.of("field", "applicant.idNumber", "message", "must be the 12-digit citizen ID"))),
        UNAUTHORIZED(
                "401",
                "Unauthorized",
                "No access token, or an invalid or expired one",
                "unauthorized",
                "Unauthorized",
                "A valid access token is required",
                null),
        FORBIDDEN(
                "403",
                "Forbidden",
                "The signed-in user may not do this (role, agency or ownership)",
                "forbidden",
                "Forbidden",
                "Your role does not allow this",
                null),
        NOT_FOUND(
                "404",
                "NotFound",
                "No such resource, or none the caller may see",
                "not-found",
                "Not found",
                "Dossier 000.00.15.H17-261123-0001 does not exist",
                null),
        CONFLICT(
                "409",
                "Conflict",
                "The resource's current state does not allow this; reload and decide again",
                "illegal-transition",
                "Illegal transition",
                "Dossier 000.00.15.H17-261123-0001 is NEW and cannot become PROCESSED",
                null),
        UNPROCESSABLE(
                "422",
                "UnprocessableContent",
                "Understood, but cannot be done as asked (an Idempotency-Key reused for another request)",
                "idempotency-key-reused",
                "Idempotency key reused",
                "This Idempotency-Key was already used for a different request",
                List.of(Map.of("field", "Idempotency-Key", "message", "already used"))),
        TOO_MANY_REQUESTS(
                "429",
                "TooManyRequests",
                "Too many requests from this client; retry after the seconds in Retry-After",
                "too-many-requests",
                "Too many requests",
                "Too many requests; retry in 30 seconds",
                null);

        final String status;
        final String name;
        private final String description;
        private final String slug;
        private final String title;
        private final String detail;
        private final List<Map<String, String>> errors;

        ErrorResponse(
                String status,
                String name,
                String description,
                String slug,
                String title,
                String detail,
                List<Map<String, String>> errors) {
            this.status = status;
            this.name = name;
            this.description = description;
            this.slug = slug;
            this.title = title;
            this.detail = detail;
            this.errors = errors;
        }

        static List<ErrorResponse> all() {
            return List.of(values());
        }

        ApiResponse response() {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", ApiProblem.TYPE_BASE + slug);
            example.put("title", title);
            example.put("status", Integer.parseInt(status));
            example.put("detail", detail);
            if (errors != null) {
                example.put("errors", errors);
            }
            ApiResponse response = new ApiResponse()
                    .description(description)
                    .content(new Content()
                            .addMediaType(
                                    PROBLEM_JSON,
                                    new MediaType()
                                            .schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))
                                            .example(example)));
            if (this == TOO_MANY_REQUESTS) {
                response.addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("Seconds to wait before retrying")
                                .schema(new JsonSchema().types(Set.of("integer"))));
            }
            return response;
        }
    }
}
