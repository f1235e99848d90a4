// Swagger UI over the four committed OpenAPI documents, in a file of its own: the page allows no inline script.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    urls: [
      { url: "/api-docs/catalogue.yaml", name: "Thủ tục hành chính (catalogue)" },
      { url: "/api-docs/dossiers.yaml", name: "Hồ sơ (dossiers)" },
      { url: "/api-docs/payments.yaml", name: "Thanh toán (payments)" },
      { url: "/api-docs/notifications.yaml", name: "Thông báo (notifications)" }
    ],
    "urls.primaryName": "Hồ sơ (dossiers)",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout",
    // No badge from validator.swagger.io: the page fetches nothing from other sites (and its CSP would refuse it).
    validatorUrl: null,
    oauth2RedirectUrl: window.location.origin + "/api-docs/oauth2-redirect.html"
  });
  window.ui.initOAuth({ clientId: "egov-web", usePkceWithAuthorizationCodeGrant: true, scopes: "openid profile" });
});
