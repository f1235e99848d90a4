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
import org.junit.jupiter.api.Nested;
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
    void searchFiltersByOneAgencyChosenFromTheCatalogueList() throws Exception {
        String page = browser.get("/thu-tuc?coQuan=000.00.15.H17").body();

        assertThat(STUB.calls("GET", "/api/catalogue/procedures"))
                .anySatisfy(call -> assertThat(call.query()).contains("agencyCode=000.00.15.H17"));
        assertThat(page)
                .contains("<label for=\"coQuan\">Cơ quan thực hiện</label>")
                .contains("<option value=\"000.00.15.H17\" selected=\"selected\">Sở Tư pháp thành phố Đà Nẵng</option>")
                .contains("coQuan=000.00.15.H17");
        // The city's agencies first.
        assertThat(page.indexOf("Sở Tư pháp thành phố Đà Nẵng")).isLessThan(page.indexOf("UBND phường Hải Châu"));
        STUB.forget();
        browser.get("/thu-tuc?coQuan=khong-co");
        assertThat(STUB.calls("GET", "/api/catalogue/procedures"))
                .allSatisfy(call -> assertThat(call.query()).doesNotContain("agencyCode"));
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
    void aDocumentNeededOnlyInACaseIsAskedForWhenTheApplicantSaysTheCaseIsTheirs() throws Exception {
        String form = browser.get("/nop-ho-so/2.000488").body();
        assertThat(form).contains("id=\"truong-hop-TP3\"", "Trường hợp ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp");
        List<Map.Entry<String, String>> fields = filled(form, "0905123456");
        fields.add(Map.entry("cases", "TP3"));

        HttpResponse<String> refused =
                browser.postMultipart("/nop-ho-so/2.000488", fields, Map.of("tep-TP1", PDF, "tep-TP2", PDF));

        assertThat(refused.body())
                .contains("id=\"tep-TP3-error\"", "Bạn đã chọn trường hợp này, vui lòng chọn tệp cho giấy tờ này.");
        assertThat(STUB.calls("POST", "/api/dossiers")).isEmpty();
        List<Map.Entry<String, String>> again = filled(refused.body(), "0905123456");
        again.add(Map.entry("cases", "TP3"));
        HttpResponse<String> submitted = browser.postMultipart("/nop-ho-so/2.000488", again, Map.of("tep-TP3", PDF));
        assertThat(submitted.uri().getPath()).isEqualTo("/ho-so/" + PlatformStub.DOSSIER_CODE + "/da-nop");
        assertThat(STUB.calls("POST", "/api/dossiers").get(0).body())
                .contains("\"TP3\"", "\"applicableCases\":[\"TP3\"]");
    }

    @Test
    void theOfficersInboxFiltersByProcedure() throws Exception {
        STUB.signInAs(PlatformStub.OFFICER);
        browser.get("/dang-nhap");

        String inbox = browser.get("/can-bo?thuTuc=2.000488&quaHan=true").body();

        assertThat(STUB.calls("GET", "/api/dossiers"))
                .anySatisfy(call -> assertThat(call.query()).contains("procedureCode=2.000488", "overdue=true"));
        assertThat(inbox).contains("<label for=\"thuTuc\">Mã thủ tục</label>", "value=\"2.000488\"");
    }

    @Test
    void theCitizensDossierPageShowsTheMessagesSentAboutIt() throws Exception {
        String page = browser.get("/ho-so/" + PlatformStub.DOSSIER_CODE).body();

        assertThat(STUB.calls("GET", "/api/notifications"))
                .anySatisfy(call -> assertThat(call.query()).contains("dossierCode=" + PlatformStub.DOSSIER_CODE));
        assertThat(page).contains("Thông báo đã gửi cho bạn", "090****456", "8490****456");
    }

    @Test
    void aSupplementUploadsTheChosenFilesAndSendsThemWithTheAction() throws Exception {
        String page = browser.get("/ho-so/" + PlatformStub.SUPPLEMENT_CODE).body();
        assertThat(page).contains("Bản chụp căn cước bị mờ", "id=\"tep-TP2\"", "enctype=\"multipart/form-data\"");

        HttpResponse<String> sent = browser.postMultipart(
                "/ho-so/" + PlatformStub.SUPPLEMENT_CODE + "/bo-sung",
                List.of(Map.entry("_csrf", BrowserlessClient.csrf(page)), Map.entry("note", "Bản rõ hơn")),
                Map.of("tep-TP2", PDF));

        assertThat(sent.body()).contains("Đã gửi bổ sung hồ sơ");
        assertThat(STUB.calls("POST", "/api/dossiers/attachments"))
                .singleElement()
                .satisfies(upload -> assertThat(upload.body()).contains("TP2", "2.000488"));
        assertThat(STUB.calls("POST", "/api/dossiers/" + PlatformStub.SUPPLEMENT_CODE + "/actions/supplement"))
                .singleElement()
                .satisfies(action -> assertThat(
                                new String(action.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                        .contains("\"reason\":\"Bản rõ hơn\"", "\"documents\":[{", "\"code\":\"TP2\""));
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
    void passesTheVisitorsAddressOnSoThatTheGatewayCountsEachVisitor() throws Exception {
        String form = browser.get("/tra-cuu").body();
        browser.postForm(
                "/tra-cuu",
                Map.of("_csrf", BrowserlessClient.csrf(form), "code", PlatformStub.DOSSIER_CODE, "phone", "0905123456"),
                "/tra-cuu");

        assertThat(STUB.calls("GET", "/api/public/dossiers/" + PlatformStub.DOSSIER_CODE))
                .isNotEmpty()
                // The test's browser connects over the loopback, IPv4 or IPv6.
                .allSatisfy(call ->
                        assertThat(call.headers().get("x-forwarded-for")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }

    @Test
    void aPublicPageWithFormsKeepsNoSessionForAnAnonymousVisitor() throws Exception {
        String form = browser.get("/tra-cuu").body();
        browser.get("/thu-tuc/2.000488");

        assertThat(browser.cookies().getCookieStore().getCookies())
                .noneSatisfy(cookie -> assertThat(cookie.getName()).isEqualTo("EGOV_WEB_SESSION"))
                .anySatisfy(cookie -> {
                    assertThat(cookie.getName()).isEqualTo("EGOV_WEB_CSRF");
                    assertThat(cookie.isHttpOnly()).isTrue();
                });
        HttpResponse<String> answer = browser.postForm(
                "/tra-cuu",
                Map.of("_csrf", BrowserlessClient.csrf(form), "code", PlatformStub.DOSSIER_CODE, "phone", "0905123456"),
                "/tra-cuu");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(browser.visited()).noneSatisfy(step -> assertThat(step).contains("/oauth2/"));
        HttpResponse<String> forged = browser.postForm(
                "/tra-cuu",
                Map.of("_csrf", "forged", "code", PlatformStub.DOSSIER_CODE, "phone", "0905123456"),
                "/tra-cuu");
        assertThat(forged.statusCode()).isEqualTo(403);
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

    @Nested
    class Statistics {

        @Test
        void showTheFiguresByMonthTierAndAgencyWithChartsFromThisSite() throws Exception {
            STUB.signInAs(PlatformStub.OFFICER);
            browser.get("/dang-nhap");

            HttpResponse<String> page = browser.get("/thong-ke?tu=2026-10&den=2026-12&cap=CITY&coQuan=");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("<h1>Thống kê hồ sơ</h1>", "Từ tháng 10/2026 đến tháng 12/2026 — Cấp tỉnh, thành phố")
                    .contains("Tháng 10/2026", "Tháng 11/2026", "Tháng 12/2026", "28,6 %", "75 %")
                    .contains("Cấp quận, huyện", "Sở Tư pháp thành phố Đà Nẵng", "UBND thành phố Đà Nẵng")
                    .doesNotContain("UBND phường Hải Châu</th>")
                    .contains("data-value=\"0.75\"", "data-chart=\"theo-thang\"", "data-chart=\"theo-co-quan\"")
                    .contains("src=\"/webjars/uplot/dist/uPlot.iife.min.js\"", "src=\"/js/charts.js\"")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                    .doesNotContainPattern("\\sstyle=");
            assertThat(STUB.calls("GET", "/api/dossiers/statistics"))
                    .extracting(PlatformStub.Call::query)
                    .contains(
                            "from=2026-10-01&to=2026-12-31&agencyLevel=CITY",
                            "from=2026-11-01&to=2026-11-30&agencyLevel=CITY",
                            "from=2026-10-01&to=2026-12-31&agencyLevel=DISTRICT",
                            "from=2026-10-01&to=2026-12-31&agencyCode=000.00.15.H17")
                    .allSatisfy(query -> assertThat(query).doesNotContain("agencyCode=000.31.30.H17"));
            HttpResponse<String> uplot = browser.get("/webjars/uplot/dist/uPlot.iife.min.js");
            assertThat(uplot.statusCode()).isEqualTo(200);
            assertThat(uplot.body()).contains("uPlot");
            assertThat(browser.get("/js/charts.js").body()).contains("new uPlot(");
        }

        @Test
        void openForAnOfficerOnTheirOwnAgencysYearSoFar() throws Exception {
            STUB.signInAs(PlatformStub.OFFICER);
            browser.get("/dang-nhap");

            String page = browser.get("/thong-ke").body();

            assertThat(page)
                    .contains("— Sở Tư pháp thành phố Đà Nẵng", "<option value=\"000.00.15.H17\" selected")
                    .contains("href=\"/thong-ke\" aria-current=\"page\"")
                    .doesNotContain("id=\"theo-cap\"");
            assertThat(STUB.calls("GET", "/api/dossiers/statistics"))
                    .isNotEmpty()
                    .allSatisfy(call -> assertThat(call.query()).endsWith("agencyCode=000.00.15.H17"));
        }

        @Test
        void aPeriodEndingBeforeItStartsIsRefusedNextToTheField() throws Exception {
            STUB.signInAs(PlatformStub.ADMIN);
            browser.get("/dang-nhap");

            String page =
                    browser.get("/thong-ke?tu=2026-12&den=2026-01&cap=&coQuan=").body();

            assertThat(page)
                    .contains("Có lỗi cần sửa", "href=\"#den\"", "id=\"den-error\"")
                    .contains("Tháng kết thúc phải từ tháng bắt đầu trở đi.", "aria-invalid=\"true\"")
                    .contains("value=\"2026-12\"", "value=\"2026-01\"")
                    .doesNotContain("id=\"theo-thang\"");
            assertThat(STUB.calls("GET", "/api/dossiers/statistics")).isEmpty();
        }

        @Test
        void areRefusedToACitizen() throws Exception {
            browser.get("/dang-nhap");

            HttpResponse<String> answer = browser.get("/thong-ke");

            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(STUB.calls("GET", "/api/dossiers/statistics")).isEmpty();
        }
    }

    @Nested
    class Assistant {

        @Test
        void answersWithoutJavaScriptOnThePageItWasAskedFromWithTheProceduresLink() throws Exception {
            String page = browser.get("/thu-tuc/2.000488").body();
            assertThat(page).contains("Hỏi trợ lý thủ tục", "value=\"Thủ tục 2.000488 cần giấy tờ gì?\"");

            HttpResponse<String> answered = browser.postForm(
                    "/tro-ly",
                    Map.of(
                            "_csrf",
                            BrowserlessClient.csrf(page),
                            "text",
                            "cấp phiếu lý lịch tư pháp cần giấy tờ gì",
                            "back",
                            "/thu-tuc/2.000488"),
                    "/thu-tuc/2.000488");

            assertThat(answered.uri().getPath()).isEqualTo("/thu-tuc/2.000488");
            assertThat(answered.body())
                    .contains("cấp phiếu lý lịch tư pháp cần giấy tờ gì")
                    .contains("<p>Thủ tục: Cấp Phiếu lý lịch tư pháp (mã 2.000488).</p>")
                    .contains("<p>- Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp</p>")
                    .contains("<a href=\"/thu-tuc/2.000488\">Xem thủ tục <span>Cấp Phiếu lý lịch tư pháp</span></a>");
            assertThat(STUB.calls("POST", "/api/assistant/messages"))
                    .singleElement()
                    .satisfies(call -> assertThat(call.headers()).doesNotContainKey("authorization"))
                    .satisfies(call -> assertThat(call.body()).contains("\"conversationId\":null"));
        }

        @Test
        void offersChoicesAsButtonsAndSendsTheConversationIdWithThePick() throws Exception {
            String home = browser.get("/").body();
            String offered = browser.postForm(
                            "/tro-ly",
                            Map.of("_csrf", BrowserlessClient.csrf(home), "text", "le phi khai sinh", "back", "/"),
                            "/")
                    .body();
            assertThat(offered)
                    .contains("Ông/bà muốn hỏi thủ tục nào?")
                    .containsPattern(
                            "<button[^>]*name=\"text\"[^>]*value=\"2\"[^>]*>Đăng ký khai sinh có yếu tố nước ngoài<");

            String picked = browser.postForm(
                            "/tro-ly", Map.of("_csrf", BrowserlessClient.csrf(offered), "text", "1", "back", "/"), "/")
                    .body();

            assertThat(STUB.calls("POST", "/api/assistant/messages").get(1).body())
                    .contains(
                            "\"conversationId\":\"a1~0c1d2e3f~1.001193~1.001193,2.000528,1.000893~FEE\"",
                            "\"text\":\"1\"");
            assertThat(picked)
                    .contains("<span>Đăng ký khai sinh</span></p>", "Xem thủ tục")
                    .contains("<li><a href=\"/thu-tuc/2.000528\">Đăng ký khai sinh có yếu tố nước ngoài</a></li>")
                    .doesNotContainPattern("<button[^>]*value=\"2\"");
        }

        @Test
        void answersTheBoxsScriptWithJson() throws Exception {
            String home = browser.get("/").body();

            HttpResponse<String> answer = browser.postFormForJson(
                    "/tro-ly/tra-loi",
                    Map.of("_csrf", BrowserlessClient.csrf(home), "text", "thủ tục 2.000488 bao lâu"));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(answer.body())
                    .contains("\"question\":\"thủ tục 2.000488 bao lâu\"")
                    .contains("\"lines\":[\"Thủ tục: Cấp Phiếu lý lịch tư pháp (mã 2.000488).\"")
                    .contains("\"href\":\"/thu-tuc/2.000488\"", "\"choices\":[]");
            // The answer joins the conversation the page shows without the script.
            assertThat(browser.get("/").body()).contains("thủ tục 2.000488 bao lâu");
        }

        @Test
        void anEmptyQuestionIsRefusedNextToTheFieldWithoutAskingTheAssistant() throws Exception {
            String home = browser.get("/").body();

            String page = browser.postForm(
                            "/tro-ly", Map.of("_csrf", BrowserlessClient.csrf(home), "text", "  ", "back", "/"), "/")
                    .body();

            assertThat(page)
                    .contains("id=\"tro-ly-cau-hoi-error\"", "Vui lòng nhập câu hỏi.")
                    .contains("aria-describedby=\"tro-ly-gioi-thieu tro-ly-cau-hoi-error\"", "aria-invalid=\"true\"");
            assertThat(STUB.calls("POST", "/api/assistant/messages")).isEmpty();
            HttpResponse<String> script = browser.postFormForJson(
                    "/tro-ly/tra-loi", Map.of("_csrf", BrowserlessClient.csrf(home), "text", ""));
            assertThat(script.statusCode()).isEqualTo(400);
            assertThat(script.body()).contains("Vui lòng nhập câu hỏi.");
        }

        @Test
        void aQuestionTheAssistantRefusesIsExplainedNextToTheFieldKeepingWhatWasTyped() throws Exception {
            String home = browser.get("/").body();

            String page = browser.postForm(
                            "/tro-ly",
                            Map.of("_csrf", BrowserlessClient.csrf(home), "text", "câu hỏi quá dài", "back", "/"),
                            "/")
                    .body();

            assertThat(page).contains("Trợ lý chưa hiểu câu hỏi này", "value=\"câu hỏi quá dài\"");
        }

        @Test
        void anAssistantDownIsSaidNextToTheFieldWithTheCorrelationId() throws Exception {
            String home = browser.get("/").body();
            STUB.mode(PlatformStub.Mode.DOWN);

            HttpResponse<String> page = browser.postForm(
                    "/tro-ly", Map.of("_csrf", BrowserlessClient.csrf(home), "text", "khai sinh", "back", "/"), "/");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Trợ lý tạm thời chưa trả lời được", "corr-503-a1b2");
        }

        @Test
        void aQuestionWithoutItsCsrfTokenIsRefusedAndABackAddressElsewhereIsIgnored() throws Exception {
            String home = browser.get("/").body();

            HttpResponse<String> refused = browser.postForm("/tro-ly", Map.of("text", "khai sinh", "back", "/"), "/");
            HttpResponse<String> elsewhere = browser.postFormWithoutRedirects(
                    "/tro-ly",
                    Map.of("_csrf", BrowserlessClient.csrf(home), "text", "khai sinh", "back", "//evil.example/"));

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(elsewhere.headers().firstValue("Location")).hasValue("/#tro-ly");
        }
    }

    @Nested
    class Administration {

        @BeforeEach
        void signInAsAdministrator() throws Exception {
            STUB.signInAs(PlatformStub.ADMIN);
            browser.get("/dang-nhap");
        }

        @Test
        void listsTheProceduresInForceEachLinkedToItsAdministration() throws Exception {
            String page = browser.get("/quan-tri/thu-tuc").body();

            assertThat(page)
                    .contains("<h1>Quản trị thủ tục hành chính</h1>", "href=\"/quan-tri/thu-tuc/2.000488\"")
                    .contains("href=\"/quan-tri/thu-tuc/moi\"", "href=\"/quan-tri/lich\"")
                    .contains("href=\"/quan-tri/thu-tuc\" aria-current=\"page\"");
        }

        @Test
        void createsAProcedureWithItsKeyAndShowsItsPromotionEligibility() throws Exception {
            String form = browser.get("/quan-tri/thu-tuc/moi").body();
            Map<String, String> fields = newProcedure(form, "1.001193");

            HttpResponse<String> created = browser.postForm("/quan-tri/thu-tuc/moi", fields, "/quan-tri/thu-tuc/moi");

            assertThat(created.uri().getPath()).isEqualTo("/quan-tri/thu-tuc/1.001193");
            assertThat(created.body())
                    .contains("Đã thêm thủ tục 1.001193", "<h1>Đăng ký khai sinh</h1>")
                    .contains("<strong>120</strong> hồ sơ", "42,5 %")
                    .contains("Đủ điều kiện nâng lên Mức độ 4 (toàn trình).");
            PlatformStub.Call call =
                    STUB.calls("POST", "/api/catalogue/procedures").get(0);
            assertThat(call.headers().get("idempotency-key")).isEqualTo(fields.get("formKey"));
            assertThat(new String(call.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                    .contains("\"code\":\"1.001193\"", "\"effectiveFrom\":\"2027-01-01\"")
                    .contains("\"agencyCode\":\"000.00.15.H17\",\"agencyLevel\":\"CITY\"")
                    .contains("\"fees\":[{\"description\":\"Lệ phí đăng ký khai sinh\",\"amount\":8000}]")
                    .contains(
                            "\"documents\":[{\"name\":\"Tờ khai đăng ký khai sinh\",\"form\":\"ORIGINAL\",\"count\":1}]")
                    .contains("\"deliveryOptions\":[\"COUNTER\"]");
        }

        @Test
        void aCodeAlreadyTakenIsRefusedNextToTheCodeKeepingWhatWasTyped() throws Exception {
            String form = browser.get("/quan-tri/thu-tuc/moi").body();

            HttpResponse<String> refused =
                    browser.postForm("/quan-tri/thu-tuc/moi", newProcedure(form, "2.000488"), "/quan-tri/thu-tuc/moi");

            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body())
                    .contains("Có lỗi cần sửa", "href=\"#code\"", "id=\"code-error\"")
                    .contains("Đã có thủ tục mang mã này trong danh mục.")
                    .contains("value=\"Tờ khai đăng ký khai sinh\"", "value=\"8.000\"");
        }

        @Test
        void aFormMissingWhatTheCatalogueNeedsIsRefusedBeforeAskingIt() throws Exception {
            String form = browser.get("/quan-tri/thu-tuc/moi").body();

            String refused = browser.postForm(
                            "/quan-tri/thu-tuc/moi",
                            Map.of("_csrf", BrowserlessClient.csrf(form), "code", "12345", "fees-0-amount", "abc"),
                            "/quan-tri/thu-tuc/moi")
                    .body();

            assertThat(refused)
                    .contains("id=\"code-error\"", "Mã thủ tục có dạng 1.001193")
                    .contains("id=\"name-error\"", "id=\"documents-0-name-error\"", "Ghi ít nhất một giấy tờ.")
                    .contains("id=\"fees-0-description-error\"", "id=\"deliveryOptions-COUNTER-error\"");
            assertThat(STUB.calls("POST", "/api/catalogue/procedures")).isEmpty();
        }

        @Test
        void publishesANewVersionFromTheRulesInForceWithTheCataloguesRefusalNextToItsField() throws Exception {
            String form =
                    browser.get("/quan-tri/thu-tuc/2.000488/phien-ban-moi").body();
            assertThat(form)
                    .contains(
                            "value=\"Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp\"",
                            "value=\"Bản chụp Căn cước công dân\"")
                    .contains("name=\"version\" value=\"1\"", "value=\"200000\"");
            Map<String, String> fields = new java.util.HashMap<>(newProcedure(form, "2.000488"));
            fields.put("documents-1-name", "Bản chụp Căn cước công dân");
            fields.put("documents-1-count", "1");
            fields.put("version", "1");
            fields.put("effectiveFrom", "2020-01-01");

            String refused = browser.postForm("/quan-tri/thu-tuc/2.000488/phien-ban-moi", fields, null)
                    .body();
            fields.put("effectiveFrom", "2027-01-01");
            fields.put("_csrf", BrowserlessClient.csrf(refused));
            HttpResponse<String> published = browser.postForm("/quan-tri/thu-tuc/2.000488/phien-ban-moi", fields, null);

            assertThat(refused)
                    .contains("id=\"effectiveFrom-error\"", "Ngày có hiệu lực phải từ hôm nay trở đi")
                    .contains("id=\"documents-1-count-error\"");
            assertThat(STUB.calls("POST", "/api/catalogue/procedures/2.000488/versions")
                            .get(0)
                            .body())
                    .contains("\"version\":1");
            assertThat(published.uri().getPath()).isEqualTo("/quan-tri/thu-tuc/2.000488");
            assertThat(published.body()).contains("Đã ban hành phiên bản 2");
        }

        @Test
        void changesTheLevelAndAsksForAReasonToGoAgainstTheRules() throws Exception {
            String page = browser.get("/quan-tri/thu-tuc/1.001193").body();
            assertThat(page)
                    .contains(
                            "<option value=\"4\" selected=\"selected\">Mức độ 4 (toàn trình) — đủ điều kiện</option>");

            String refused = browser.postForm(
                            "/quan-tri/thu-tuc/1.001193/muc-do",
                            Map.of(
                                    "_csrf", BrowserlessClient.csrf(page),
                                    "version", "1",
                                    "serviceLevel", "4",
                                    "effectiveFrom", "2027-01-01",
                                    "force", "true"),
                            null)
                    .body();
            assertThat(refused)
                    .contains("id=\"justification-error\"", "Ghi lý do khi nâng mức độ dù chưa đủ điều kiện.");
            assertThat(STUB.calls("POST", "/api/catalogue/procedures/1.001193/level"))
                    .isEmpty();

            HttpResponse<String> changed = browser.postForm(
                    "/quan-tri/thu-tuc/1.001193/muc-do",
                    Map.of(
                            "_csrf", BrowserlessClient.csrf(refused),
                            "version", "1",
                            "serviceLevel", "4",
                            "effectiveFrom", "2027-01-01"),
                    null);
            assertThat(changed.body()).contains("Đã chuyển thủ tục sang Mức độ 4 (toàn trình)", "(phiên bản 2)");
            assertThat(STUB.calls("POST", "/api/catalogue/procedures/1.001193/level")
                            .get(0)
                            .body())
                    .contains("\"version\":1,\"serviceLevel\":4,\"effectiveFrom\":\"2027-01-01\",\"force\":false");
        }

        @Test
        void retiresAProcedureOnlyWithAReason() throws Exception {
            String page = browser.get("/quan-tri/thu-tuc/1.001193").body();

            String refused = browser.postForm(
                            "/quan-tri/thu-tuc/1.001193/bai-bo",
                            Map.of("_csrf", BrowserlessClient.csrf(page), "version", "1", "reason", " "),
                            null)
                    .body();
            HttpResponse<String> retired = browser.postForm(
                    "/quan-tri/thu-tuc/1.001193/bai-bo",
                    Map.of(
                            "_csrf",
                            BrowserlessClient.csrf(refused),
                            "version",
                            "1",
                            "reason",
                            "Quyết định 123/QĐ-UBND bãi bỏ"),
                    null);

            assertThat(refused).contains("id=\"reason-error\"", "Ghi lý do bãi bỏ");
            assertThat(retired.uri().getPath()).isEqualTo("/quan-tri/thu-tuc");
            assertThat(retired.body()).contains("Đã bãi bỏ thủ tục 1.001193.");
            assertThat(STUB.calls("POST", "/api/catalogue/procedures/1.001193/retire"))
                    .singleElement()
                    .satisfies(call -> assertThat(call.body()).contains("\"version\":1"));
        }

        @Test
        void listsAddsAndRemovesDaysOfTheWorkingCalendar() throws Exception {
            String page = browser.get("/quan-tri/lich?nam=2026").body();
            assertThat(page)
                    .contains("Lịch làm việc năm <span>2026</span>", "Tết Dương lịch", "Ngày làm bù", "14/02/2026")
                    .contains("action=\"/quan-tri/lich/2026-01-01/xoa\"");

            String weekend = browser.postForm(
                            "/quan-tri/lich",
                            Map.of(
                                    "_csrf", BrowserlessClient.csrf(page),
                                    "date", "2026-09-05",
                                    "kind", "HOLIDAY",
                                    "name", "Nghỉ lễ"),
                            null)
                    .body();
            assertThat(weekend).contains("id=\"kind-error\"", "vốn đã được nghỉ", "value=\"2026-09-05\"");
            HttpResponse<String> added = browser.postForm(
                    "/quan-tri/lich",
                    Map.of(
                            "_csrf", BrowserlessClient.csrf(weekend),
                            "date", "2026-09-02",
                            "kind", "HOLIDAY",
                            "name", "Quốc khánh"),
                    null);
            HttpResponse<String> removed = browser.postForm(
                    "/quan-tri/lich/2026-01-01/xoa", Map.of("_csrf", BrowserlessClient.csrf(added.body())), null);

            assertThat(added.body()).contains("Đã lưu ngày nghỉ 02/09/2026.");
            assertThat(STUB.calls("PUT", "/api/calendar/days/2026-09-02"))
                    .singleElement()
                    .satisfies(call -> assertThat(new String(
                                    call.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                            .contains("\"kind\":\"HOLIDAY\"", "\"name\":\"Quốc khánh\""))
                    .satisfies(call -> assertThat(call.headers()).containsKey("authorization"));
            assertThat(STUB.calls("PUT", "/api/calendar/days/2026-09-05")).isEmpty();
            assertThat(removed.body()).contains("Đã xoá ngày 01/01/2026 khỏi lịch");
            assertThat(STUB.calls("DELETE", "/api/calendar/days/2026-01-01")).hasSize(1);
        }

        private static Map<String, String> newProcedure(String form, String code) {
            Map<String, String> fields = new java.util.HashMap<>();
            fields.put("_csrf", BrowserlessClient.csrf(form));
            fields.put("formKey", BrowserlessClient.formKey(form));
            fields.put("code", code);
            fields.put("effectiveFrom", "2027-01-01");
            fields.put("name", "Đăng ký khai sinh");
            fields.put("sector", "Hộ tịch");
            fields.put("agencyCode", "000.00.15.H17");
            fields.put("serviceLevel", "3");
            fields.put("processingDays", "3");
            fields.put("documents-0-name", "Tờ khai đăng ký khai sinh");
            fields.put("documents-0-form", "ORIGINAL");
            fields.put("documents-0-count", "1");
            fields.put("fees-0-description", "Lệ phí đăng ký khai sinh");
            fields.put("fees-0-amount", "8.000");
            fields.put("resultType", "Giấy khai sinh");
            fields.put("legalBasis", "Luật Hộ tịch 2014");
            fields.put("deliveryOptions", "COUNTER");
            return fields;
        }
    }

    @Nested
    class Counter {

        @BeforeEach
        void signInAsOfficer() throws Exception {
            STUB.signInAs(PlatformStub.OFFICER);
            browser.get("/dang-nhap");
        }

        @Test
        void registersADossierHandedInAtTheCounterAndOpensIt() throws Exception {
            String search = browser.get("/can-bo/tiep-nhan?q=ly+lich+tu+phap").body();
            assertThat(search).contains("href=\"/can-bo/tiep-nhan/2.000488\"");
            String form = browser.get("/can-bo/tiep-nhan/2.000488").body();
            assertThat(form)
                    .contains("<h1>Tiếp nhận hồ sơ tại quầy</h1>", "action=\"/can-bo/tiep-nhan/2.000488\"")
                    .contains("id=\"fullName\" name=\"fullName\" value=\"\"", "Tôi đã đối chiếu giấy tờ");

            HttpResponse<String> received = browser.postMultipart(
                    "/can-bo/tiep-nhan/2.000488", filled(form, "0905123456"), Map.of("tep-TP1", PDF, "tep-TP2", PDF));

            assertThat(received.uri().getPath()).isEqualTo("/can-bo/ho-so/" + PlatformStub.DOSSIER_CODE);
            assertThat(received.body()).contains("Đã tiếp nhận hồ sơ " + PlatformStub.DOSSIER_CODE + " tại quầy.");
            assertThat(STUB.calls("POST", "/api/dossiers/counter"))
                    .singleElement()
                    .satisfies(call -> assertThat(call.headers().get("idempotency-key"))
                            .isEqualTo(BrowserlessClient.formKey(form)))
                    .satisfies(call -> assertThat(call.body()).contains("\"TP1\"", "\"TP2\"", "\"0905123456\""));
            assertThat(STUB.calls("POST", "/api/dossiers")).isEmpty();
        }

        @Test
        void aRefusalOfTheCounterIsShownNextToItsFieldKeepingWhatWasTyped() throws Exception {
            String form = browser.get("/can-bo/tiep-nhan/2.000488").body();

            HttpResponse<String> refused = browser.postMultipart(
                    "/can-bo/tiep-nhan/2.000488", filled(form, "0123456789"), Map.of("tep-TP1", PDF, "tep-TP2", PDF));

            assertThat(refused.body())
                    .contains("<h1>Tiếp nhận hồ sơ tại quầy</h1>", "id=\"phone-error\"", "value=\"0123456789\"")
                    .contains("Đã tải lên");
        }

        @Test
        void anOverdueDossierOffersTheApologyAndShowsTheMessagesSent() throws Exception {
            String page =
                    browser.get("/can-bo/ho-so/" + PlatformStub.OVERDUE_CODE).body();
            assertThat(page)
                    .contains("Thư xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)")
                    .contains("<td>Tiếp nhận hồ sơ</td>", "<td>090****456</td>", "<td>Đã đến người nhận</td>")
                    .contains("<td>Hồ sơ quá hạn</td>", "<td>Gửi không thành công</td>");
            assertThat(STUB.calls("GET", "/api/notifications").get(0).query())
                    .contains("dossierCode=" + PlatformStub.OVERDUE_CODE);
            String later = java.time.LocalDate.now().plusDays(20).toString();

            String noReason = browser.postForm(
                            "/can-bo/ho-so/" + PlatformStub.OVERDUE_CODE + "/xin-loi",
                            Map.of("_csrf", BrowserlessClient.csrf(page), "newDueDate", later, "reason", ""),
                            null)
                    .body();
            String holiday = browser.postForm(
                            "/can-bo/ho-so/" + PlatformStub.OVERDUE_CODE + "/xin-loi",
                            Map.of(
                                    "_csrf",
                                    BrowserlessClient.csrf(noReason),
                                    "newDueDate",
                                    later,
                                    "reason",
                                    "Chờ xác minh, trùng ngày nghỉ"),
                            null)
                    .body();
            HttpResponse<String> sent = browser.postForm(
                    "/can-bo/ho-so/" + PlatformStub.OVERDUE_CODE + "/xin-loi",
                    Map.of(
                            "_csrf",
                            BrowserlessClient.csrf(holiday),
                            "newDueDate",
                            later,
                            "reason",
                            "Chờ kết quả xác minh của cơ quan công an"),
                    null);

            assertThat(noReason).contains("id=\"apology-reason-error\"", "Vui lòng nêu lý do chậm trả kết quả.");
            assertThat(holiday).contains("id=\"xin-loi-error\"", "Ngày hẹn mới phải là một ngày làm việc.");
            assertThat(sent.body()).contains("Đã gửi thư xin lỗi (mẫu 04) đến người nộp");
            assertThat(STUB.calls("POST", "/api/dossiers/" + PlatformStub.OVERDUE_CODE + "/apology"))
                    .hasSize(2)
                    .last()
                    .satisfies(call -> assertThat(call.body()).contains("\"newDueDate\":\"" + later + "\""));
        }

        @Test
        void aDossierNotOverdueOffersNoApology() throws Exception {
            String page =
                    browser.get("/can-bo/ho-so/" + PlatformStub.DOSSIER_CODE).body();

            assertThat(page).doesNotContain("mẫu 04").contains("Thông báo đã gửi người nộp");
        }
    }

    @Test
    void administrationIsRefusedToOfficersAndCitizensAndTheCounterToCitizens() throws Exception {
        browser.get("/dang-nhap");
        assertThat(browser.get("/quan-tri/thu-tuc").statusCode()).isEqualTo(403);
        assertThat(browser.get("/quan-tri/lich").statusCode()).isEqualTo(403);

        STUB.signInAs(PlatformStub.OFFICER);
        BrowserlessClient officer = new BrowserlessClient(SITE);
        officer.get("/dang-nhap");
        assertThat(officer.get("/quan-tri/thu-tuc/2.000488").statusCode()).isEqualTo(403);
        assertThat(officer.get("/thong-ke").statusCode()).isEqualTo(200);
        assertThat(browser.get("/can-bo/tiep-nhan").statusCode()).isEqualTo(403);
        assertThat(STUB.calls("GET", "/api/calendar")).isEmpty();
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
