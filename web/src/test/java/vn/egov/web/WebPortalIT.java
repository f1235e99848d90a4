package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web module on a real port in front of {@link PlatformStub}, a real HTTP server standing in for the gateway's
 * public API and for the identity provider (which checks PKCE for real). A client without JavaScript (cookies,
 * redirects, forms) uses the pages as a browser would. The same journey in a real browser on the real platform is
 * devstack's {@code WebPortalBrowserIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class WebPortalIT {

    private static final PlatformStub STUB = new PlatformStub();
    private static final int PORT = freePort();
    private static final String SITE = "http://localhost:" + PORT;
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private BrowserlessClient browser;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("management.server.port", () -> 0);
        registry.add("egov.web.gateway-url", STUB::url);
        registry.add("egov.web.public-url", () -> SITE);
        registry.add("egov.identity.issuer-uri", STUB::url);
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @BeforeEach
    void freshBrowser() {
        STUB.forget();
        browser = new BrowserlessClient(SITE);
    }

    @Test
    void everyPublicPageIsVietnameseWithStrictHeadersAndNoInlineScriptOrStyle() throws Exception {
        for (String page :
                List.of("/", "/thu-tuc?q=ly%20lich%20tu%20phap", "/thu-tuc/2.000488", "/tra-cuu", "/xac-minh")) {
            HttpResponse<String> response = browser.get(page);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("<html lang=\"vi\">", "Bỏ qua, đến nội dung chính");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(page)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
                            .contains("frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(page)
                    .hasValue("DENY");
            assertThat(response.body())
                    .as(page)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                    .doesNotContainPattern("\\sstyle=")
                    .doesNotContainPattern("\\son[a-z]+=")
                    .doesNotContain("cdn.", "googleapis", "unpkg", "jsdelivr");
        }
    }

    @Test
    void homeShowsTheCataloguesAndTheYearsHeadlineFigures() throws Exception {
        String home = browser.get("/").body();

        assertThat(home).contains("225", "93,3 %", "40,4 %", "80 %", "100 %");
    }

    @Test
    void searchPassesTheQueryAndFiltersToTheCatalogueAndPages() throws Exception {
        String page = browser.get(
                        "/thu-tuc?q=ly+lich+tu+phap&cap=CITY&mucDo=4&linhVuc=L%C3%BD+l%E1%BB%8Bch+t%C6%B0+ph%C3%A1p&trang=2")
                .body();

        assertThat(STUB.calls("GET", "/api/catalogue/procedures")).anySatisfy(call -> assertThat(call.query())
                .contains("q=ly%20lich%20tu%20phap", "agencyLevel=CITY", "serviceLevel=4", "page=1", "size=10")
                .contains("sector=L%C3%BD%20l%E1%BB%8Bch%20t%C6%B0%20ph%C3%A1p"));
        assertThat(page)
                .contains("Tìm thấy <strong>23</strong> thủ tục")
                .contains("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam")
                .contains("trang=3");
    }

    @Test
    void procedurePageShowsDocumentsFeesTimesWhereLegalBasisAndTheOnlineButton() throws Exception {
        String page = browser.get("/thu-tuc/2.000488").body();

        assertThat(page)
                .contains("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp Căn cước công dân")
                .contains("200.000 đ", "10</span> ngày làm việc", "<strong>5</strong> ngày làm việc")
                .contains("Sở Tư pháp thành phố Đà Nẵng", "Luật Lý lịch tư pháp 2009", "Nghị định 111/2010/NĐ-CP")
                .contains("Mức độ 4 (toàn trình)", "href=\"/nop-ho-so/2.000488\"", "Nộp hồ sơ trực tuyến");
    }

    @Test
    void aServiceDownShowsAFriendlyPageWithTheCorrelationIdAndNoInternals() throws Exception {
        STUB.mode(PlatformStub.Mode.DOWN);

        HttpResponse<String> response = browser.get("/thu-tuc/2.000488");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body())
                .contains("Dịch vụ tạm thời gián đoạn", "corr-503-a1b2")
                .doesNotContain("Exception", "at vn.egov", "internal detail", "service-unavailable");
    }

    @Test
    void anUnknownAddressIsTheVietnameseNotFoundPage() throws Exception {
        HttpResponse<String> response = browser.get("/khong-co-trang-nay");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang").doesNotContain("Whitelabel");
    }

    @Test
    void signsInWithPkceAndComesBackToThePageKeepingTheTokensOnTheServer() throws Exception {
        HttpResponse<String> form = browser.get("/nop-ho-so/2.000488");

        assertThat(form.uri().getPath()).isEqualTo("/nop-ho-so/2.000488");
        assertThat(form.body()).contains("value=\"Nguyễn Văn An\"", "value=\"0905123456\"");
        PlatformStub.Call authorize = STUB.calls("GET", "/oauth2/authorize").get(0);
        assertThat(authorize.query())
                .contains("client_id=egov-web", "code_challenge=", "code_challenge_method=S256")
                .contains("redirect_uri=" + SITE + "/callback");
        assertThat(STUB.calls("POST", "/oauth2/token").get(0).body()).contains("code_verifier=");
        assertThat(browser.cookies().getCookieStore().getCookies())
                .allSatisfy(cookie -> assertThat(cookie.getValue()).doesNotStartWith("eyJ"))
                .anySatisfy(cookie -> {
                    assertThat(cookie.getName()).isEqualTo("EGOV_WEB_SESSION");
                    assertThat(cookie.isHttpOnly()).isTrue();
                });
        assertThat(form.body()).doesNotContain("eyJ");
    }

    @Test
    void theRefusalOfAFieldIsShownNextToItInVietnameseKeepingWhatWasTyped() throws Exception {
        String form = browser.get("/nop-ho-so/2.000488").body();

        HttpResponse<String> refused = browser.postMultipart(
                "/nop-ho-so/2.000488", filled(form, "0123456789"), Map.of("tep-TP1", PDF, "tep-TP2", PDF));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Có lỗi cần sửa", "href=\"#phone\"")
                .contains("id=\"phone-error\"", "Số điện thoại di động không đúng")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"048090001234\"", "value=\"0123456789\"", "value=\"12 Trần Phú, Hải Châu, Đà Nẵng\"")
                .contains("Đã tải lên");
        assertThat(STUB.calls("POST", "/api/dossiers/attachments")).hasSize(2);
        // The files uploaded are kept: corrected, the form is sent without choosing them again.
        String again = refused.body();
        HttpResponse<String> submitted =
                browser.postMultipart("/nop-ho-so/2.000488", filled(again, "0905123456"), Map.of());
        assertThat(submitted.uri().getPath()).isEqualTo("/ho-so/" + PlatformStub.DOSSIER_CODE + "/da-nop");
        assertThat(submitted.body()).contains("Nộp hồ sơ thành công", PlatformStub.DOSSIER_CODE);
        assertThat(STUB.calls("POST", "/api/dossiers/attachments")).hasSize(2);
        assertThat(STUB.calls("POST", "/api/dossiers").get(1).body()).contains("\"TP1\"", "\"TP2\"");
    }

    @Test
    void aDoubleClickOnSubmitMakesOneDossier() throws Exception {
        String form = browser.get("/nop-ho-so/2.000488").body();
        List<Map.Entry<String, String>> fields = filled(form, "0905123456");
        Map<String, byte[]> files = Map.of("tep-TP1", PDF, "tep-TP2", PDF);

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post(fields, files));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> post(fields, files));
        HttpResponse<String> later = post(fields, files);

        for (HttpResponse<String> answer : List.of(first.join(), second.join(), later)) {
            assertThat(answer.uri().getPath()).isEqualTo("/ho-so/" + PlatformStub.DOSSIER_CODE + "/da-nop");
        }
        assertThat(STUB.calls("POST", "/api/dossiers")).hasSize(1).allSatisfy(call -> assertThat(
                        call.headers().get("idempotency-key"))
                .isEqualTo(BrowserlessClient.formKey(form)));
    }

    @Test
    void aFormSentAfterTheSessionExpiredGoesThroughSignInAndBackToItsPage() throws Exception {
        String form = browser.get("/nop-ho-so/2.000488").body();
        // The session ends on the server, the page stays in the browser, which still sends the session's cookie.
        browser.expireSession();

        HttpResponse<String> answer = browser.postForm(
                "/ho-so/" + PlatformStub.DOSSIER_CODE + "/rut",
                Map.of("_csrf", BrowserlessClient.csrf(form), "confirm", "true"),
                "/nop-ho-so/2.000488");

        assertThat(browser.visited()).anySatisfy(step -> assertThat(step).contains("/oauth2/authorize"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.uri().getPath()).isEqualTo("/nop-ho-so/2.000488");
    }

    @Test
    void aPublicFormSentAfterTheSessionExpiredIsShownAgainFresh() throws Exception {
        String form = browser.get("/tra-cuu").body();
        browser.expireSession();

        HttpResponse<String> answer = browser.postForm(
                "/tra-cuu",
                Map.of("_csrf", BrowserlessClient.csrf(form), "code", PlatformStub.DOSSIER_CODE, "phone", "0905123456"),
                "/tra-cuu");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.uri().getPath()).isEqualTo("/tra-cuu");
        assertThat(browser.visited()).noneSatisfy(step -> assertThat(step).contains("/oauth2/"));
    }

    @Test
    void aPageAskedForBeforeSigningInIsWhereSigningInLeads() throws Exception {
        HttpResponse<String> answer = browser.get("/ho-so/" + PlatformStub.DOSSIER_CODE);

        assertThat(browser.visited()).anySatisfy(step -> assertThat(step).contains("/oauth2/authorize"));
        assertThat(answer.uri().getPath()).isEqualTo("/ho-so/" + PlatformStub.DOSSIER_CODE);
        assertThat(answer.body()).contains("Hồ sơ <span>" + PlatformStub.DOSSIER_CODE, "Quá trình xử lý");
    }

    @Test
    void aTokenRefusedRightAfterSigningInIsAnErrorPageNotARedirectLoop() throws Exception {
        browser.get("/dang-nhap");
        STUB.mode(PlatformStub.Mode.REFUSE_TOKENS);

        HttpResponse<String> answer = browser.get("/ho-so/" + PlatformStub.DOSSIER_CODE);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(STUB.calls("GET", "/oauth2/authorize")).hasSize(1);
    }

    @Test
    void payingWithMomoGoesToItsPageAndAVietQrIsShownToScan() throws Exception {
        String dossier = browser.get("/ho-so/" + PlatformStub.DOSSIER_CODE).body();
        String csrf = BrowserlessClient.csrf(dossier);

        HttpResponse<String> momo = browser.postFormWithoutRedirects(
                "/ho-so/" + PlatformStub.DOSSIER_CODE + "/thanh-toan",
                Map.of("_csrf", csrf, "provider", "MOMO", "payKey", "3f0c6d4e-0000-4000-8000-000000000001"));
        assertThat(momo.statusCode()).isEqualTo(302);
        assertThat(momo.headers().firstValue("Location")).hasValue(PlatformStub.MOMO_PAGE);

        HttpResponse<String> qr = browser.postForm(
                "/ho-so/" + PlatformStub.DOSSIER_CODE + "/thanh-toan",
                Map.of("_csrf", csrf, "provider", "VIETINBANK", "payKey", "3f0c6d4e-0000-4000-8000-000000000002"),
                null);
        String image = "/ho-so/" + PlatformStub.DOSSIER_CODE + "/thanh-toan/" + PlatformStub.PAYMENT_ID + "/qr.png";
        assertThat(qr.body()).contains("Quét mã VietQR", "src=\"" + image + "\"", "200.000 đ");
        HttpResponse<String> png = browser.get(image);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(STUB.calls("POST", "/api/payments"))
                .extracting(call -> call.headers().get("idempotency-key"))
                .containsExactly("3f0c6d4e-0000-4000-8000-000000000001", "3f0c6d4e-0000-4000-8000-000000000002");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        browser.get("/tra-cuu");

        HttpResponse<String> answer = browser.postForm("/tra-cuu", Map.of("code", "x", "phone", "y"), "/tra-cuu");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Bạn không có quyền xem trang này");
    }

    @Test
    void anOfficersPageIsRefusedToACitizen() throws Exception {
        browser.get("/dang-nhap");

        HttpResponse<String> answer = browser.get("/can-bo");

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> post(List<Map.Entry<String, String>> fields, Map<String, byte[]> files) {
        try {
            return browser.postMultipart("/nop-ho-so/2.000488", fields, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The submission form as a person fills it, with the page's CSRF token and form key. */
    private static List<Map.Entry<String, String>> filled(String page, String phone) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("_csrf", BrowserlessClient.csrf(page)));
        fields.add(Map.entry("formKey", BrowserlessClient.formKey(page)));
        fields.add(Map.entry("fullName", "Nguyễn Văn An"));
        fields.add(Map.entry("idNumber", "048090001234"));
        fields.add(Map.entry("phone", phone));
        fields.add(Map.entry("email", ""));
        fields.add(Map.entry("address", "12 Trần Phú, Hải Châu, Đà Nẵng"));
        fields.add(Map.entry("delivery", "ONLINE"));
        fields.add(Map.entry("notify", "SMS"));
        fields.add(Map.entry("declaration", "true"));
        return fields;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
