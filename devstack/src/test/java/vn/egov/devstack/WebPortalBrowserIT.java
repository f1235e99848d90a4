package vn.egov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The portal in a real browser (headless Chromium from the distribution's packages), on the platform as the devstack
 * runs it, through the gateway: a citizen finds "Cấp Phiếu lý lịch tư pháp" by typing "ly lich tu phap" without
 * diacritics and submits it with its documents (a mistake in the phone number comes back from the platform next to
 * the field, with everything typed kept); the officer accepts, starts processing and asks for the fee; the citizen
 * pays at the sandbox's MoMo page; the officer approves with a signed result and returns it; the citizen downloads it
 * and the public verification page confirms it; anyone looks the status up by code and phone. On the way: the
 * assistant's chat box, the officer's statistics and counter intake, the administrator's pages. Every page is
 * screenshotted to {@code target/screenshots/} and checked with axe-core (nothing serious or critical), also at
 * 375 px wide.
 *
 * <p>Against a stack already running (say {@code ./devstack.sh}), instead of starting one:
 * {@code ./mvnw -B verify -pl devstack -Dit.test=WebPortalBrowserIT -Dportal.url=http://localhost:8080}.
 */
@ExtendWith(SharedPlatform.class)
class WebPortalBrowserIT {

    private static final String PHONE = "0905123456";
    private static final String EMAIL = "an.nguyen@example.vn";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static String portal;
    private static Browser browser;
    private static Path files;

    @BeforeAll
    static void start() throws IOException {
        Path target = Path.of("target");
        // The tools first: a missing browser fails at once, with what to install, before the platform starts.
        browser = Browser.start(target.resolve("screenshots"));
        String given = System.getProperty("portal.url");
        portal = given != null && !given.isBlank()
                ? given.replaceAll("/$", "")
                : SharedPlatform.platform().url(PlatformService.GATEWAY).toString();
        files = Files.createDirectories(target.resolve("browser-files")).toAbsolutePath();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCitizenAndAnOfficerTakeADossierFromSearchToVerifiedResult() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError failed) {
            // What the browser showed when it went wrong, next to the step screenshots.
            browser.screenshot("FAILED");
            Files.writeString(
                    files.resolve("FAILED.html"),
                    browser.url() + "\n" + browser.driver().getPageSource(),
                    StandardCharsets.UTF_8);
            throw failed;
        }
    }

    private void journey() throws Exception {
        // 1. The citizen searches without diacritics and opens the procedure.
        browser.open(portal + "/");
        assertThat(browser.text("h1")).isEqualTo("Dịch vụ công trực tuyến thành phố Đà Nẵng");
        browser.check("trang-chu");
        browser.type("#q", "ly lich tu phap");
        browser.find("#q").submit();
        browser.waitForUrl("/thu-tuc?q=");
        browser.check("tim-kiem-khong-dau");
        browser.clickLink("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        browser.waitForUrl("/thu-tuc/2.000488");
        assertThat(browser.text("h1")).startsWith("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        browser.check("thu-tuc");

        // 1b. The procedure assistant answers in the chat box; with JavaScript, without reloading the page.
        browser.click("#tro-ly form.chat__quick button[type=submit]");
        browser.waiting(Duration.ofSeconds(30))
                .until(driver -> !browser.findAll("#tro-ly .chat__answer").isEmpty());
        assertThat(browser.url()).endsWith("/thu-tuc/2.000488");
        assertThat(browser.text("#tro-ly .chat__answer")).contains("2.000488");
        browser.check("tro-ly");

        // 2. "Nộp hồ sơ trực tuyến" asks the citizen to sign in at the identity provider, then comes back.
        browser.clickLink("Nộp hồ sơ trực tuyến");
        signIn("citizen");
        browser.waitForUrl("/nop-ho-so/2.000488");
        assertThat(browser.find("#fullName").getAttribute("value")).isEqualTo("Nguyễn Văn An");
        assertThat(browser.find("#phone").getAttribute("value")).isEqualTo(PHONE);
        browser.check("nop-ho-so");

        // 3. A number that is not a mobile number: the platform refuses it, the form says so next to the field.
        browser.type("#idNumber", "048090001234");
        browser.type("#phone", "0123456789");
        browser.type("#email", EMAIL);
        browser.type("#address", "12 Trần Phú, phường Hải Châu, thành phố Đà Nẵng");
        List<WebElement> uploads = browser.findAll("input[type=file]");
        assertThat(uploads).hasSizeGreaterThanOrEqualTo(1);
        for (WebElement upload : uploads) {
            upload.sendKeys(pdf(upload.getAttribute("id") + ".pdf").toString());
        }
        browser.click("#notify-2");
        browser.click("#declaration");
        browser.clickAndWait("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Số điện thoại di động");
        assertThat(browser.text("#phone-error")).contains("Số điện thoại di động không đúng");
        assertThat(browser.find("#phone").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#idNumber").getAttribute("value")).isEqualTo("048090001234");
        assertThat(browser.find("#address").getAttribute("value")).startsWith("12 Trần Phú");
        assertThat(browser.findAll(".uploaded")).hasSameSizeAs(uploads);
        browser.check("nop-ho-so-loi-so-dien-thoai");

        // 4. Corrected, the dossier is submitted (the files uploaded before are kept); its code and receipt slip.
        browser.type("#phone", PHONE);
        browser.clickAndWait("main form button[type=submit]");
        browser.waitForUrl("/da-nop");
        String code = browser.text("#ma-ho-so");
        assertThat(code).startsWith("000.00.15.H17-");
        browser.check("nop-thanh-cong");

        // 5. The officer of Sở Tư pháp accepts, starts processing and asks for the fee.
        signOut();
        browser.clickLink("Đăng nhập");
        signIn("officer");
        browser.waitForUrl("/can-bo");
        browser.check("can-bo-hop-thu");
        // The officer's other pages: statistics with charts over the tables, counter intake.
        browser.open(portal + "/thong-ke");
        assertThat(browser.text("h1")).isEqualTo("Thống kê hồ sơ");
        browser.waiting(Duration.ofSeconds(10))
                .until(driver -> !browser.findAll(".chart canvas").isEmpty());
        browser.check("thong-ke");
        browser.open(portal + "/can-bo/tiep-nhan?q=ly%20lich%20tu%20phap");
        browser.check("tiep-nhan-tim-thu-tuc");
        browser.open(portal + "/can-bo/tiep-nhan/2.000488");
        assertThat(browser.text("h1")).isEqualTo("Tiếp nhận hồ sơ tại quầy");
        browser.check("tiep-nhan-tai-quay");
        browser.open(portal + "/can-bo");
        browser.clickLink(code);
        browser.waitForUrl("/can-bo/ho-so/" + code);
        browser.check("can-bo-ho-so-moi");
        act("accept", "Đã tiếp nhận");
        act("start-processing", "Đang xử lý");
        act("request-payment", "Chờ nộp phí, lệ phí");
        browser.check("can-bo-yeu-cau-nop-phi");

        // 6. The citizen pays with MoMo at the sandbox's MoMo page and comes back to the portal.
        signOut();
        browser.clickLink("Đăng nhập");
        signIn("citizen");
        browser.open(portal + "/ho-so/" + code);
        assertThat(browser.text("#trang-thai")).isEqualTo("Chờ nộp phí, lệ phí");
        browser.check("ho-so-cho-nop-phi");
        // The receipt slip (form 01), issued when the officer accepted the dossier.
        assertThat(download("/ho-so/" + code + "/phieu-tiep-nhan.pdf").body()).startsWith("%PDF-".getBytes());
        browser.click("#provider-MOMO");
        browser.clickAndWait("#thanh-toan button[type=submit]");
        browser.waitForUrl("/momo/");
        browser.screenshot("momo-sandbox");
        browser.clickButton("Thanh toán");
        browser.waitForUrl("/api/public/payments/by-order/MOMO/");
        browser.reloadUntil("h1", "Thanh toán thành công", Duration.ofSeconds(60));
        browser.check("thanh-toan-thanh-cong");
        browser.open(portal + "/ho-so/" + code);
        browser.reloadUntil("#trang-thai", "Đang xử lý", Duration.ofSeconds(60));
        browser.check("ho-so-da-nop-phi");

        // 7. The officer approves with the signed result and returns it.
        signOut();
        browser.clickLink("Đăng nhập");
        signIn("officer");
        browser.open(portal + "/can-bo/ho-so/" + code);
        browser.find("#resultFile").sendKeys(pdf("ket-qua.pdf").toString());
        act("approve", "Đã có kết quả");
        act("return-result", "Đã trả kết quả");
        browser.check("can-bo-tra-ket-qua");

        // 8. The citizen downloads the result and the payment's e-receipt. Their portal session has expired
        //    meanwhile: the page sends them through the identity provider (still signed in there) and back.
        signOut();
        browser.clickLink("Đăng nhập");
        signIn("citizen");
        browser.driver().manage().deleteCookieNamed("EGOV_WEB_SESSION");
        browser.driver().manage().addCookie(new Cookie("EGOV_WEB_SESSION", "A1B2C3D4E5F60718293A4B5C6D7E8F90"));
        browser.open(portal + "/ho-so/" + code);
        browser.waitForUrl(portal + "/ho-so/" + code);
        assertThat(browser.text("#trang-thai")).isEqualTo("Đã trả kết quả");
        browser.check("ho-so-co-ket-qua");
        HttpResponse<byte[]> result = download("/ho-so/" + code + "/ket-qua");
        assertThat(result.body()).startsWith("%PDF-".getBytes());
        String verification = result.headers().firstValue("X-Verification-Code").orElseThrow();
        String receiptLink = browser.driver()
                .findElement(org.openqa.selenium.By.partialLinkText("Biên lai thu phí"))
                .getAttribute("href");
        assertThat(download(URI.create(receiptLink).getPath()).body()).startsWith("%PDF-".getBytes());

        // 9. The result's QR code opens the public verification page, which confirms it.
        browser.open(portal + "/api/public/results/" + verification);
        assertThat(browser.text("#ket-qua-xac-minh h2")).isEqualTo("Kết quả hợp lệ");
        assertThat(browser.text("#ket-qua-xac-minh")).contains(code);
        browser.check("xac-minh-ket-qua");

        // 10. Anyone looks the status up by code and phone, without signing in.
        signOut();
        browser.open(portal + "/tra-cuu");
        browser.type("#code", code);
        browser.type("#phone", PHONE);
        browser.clickAndWait("main form button[type=submit]");
        assertThat(browser.text("#trang-thai")).isEqualTo("Đã trả kết quả");
        browser.check("tra-cuu");

        // 11. The administrator's pages: procedures, one procedure with its promotion eligibility, a new version, a
        //     new procedure, the working calendar, the statistics.
        browser.clickLink("Đăng nhập");
        signIn("admin");
        browser.waitForUrl("/quan-tri/thu-tuc");
        browser.check("quan-tri-thu-tuc");
        for (String page : List.of(
                "/quan-tri/thu-tuc/2.000488",
                "/quan-tri/thu-tuc/2.000488/phien-ban-moi",
                "/quan-tri/thu-tuc/moi",
                "/quan-tri/lich",
                "/thong-ke?cap=CITY&coQuan=")) {
            browser.open(portal + page);
            browser.check(page.substring(1).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
        }
        signOut();

        // 12. On a 375 px wide phone.
        browser.resize(375, 812);
        for (String page : List.of("/", "/thu-tuc?q=ly%20lich%20tu%20phap", "/thu-tuc/2.000488", "/tra-cuu")) {
            browser.open(portal + page);
            assertThat(browser.fitsWidth()).as("%s fits 375 px", page).isTrue();
        }
        browser.open(portal + "/thu-tuc/2.000488");
        browser.check("dien-thoai-thu-tuc");
        browser.resize(1280, 1400);

        assertThat(browser.checkedPages()).hasSizeGreaterThanOrEqualTo(25);
    }

    private static boolean signInPageChecked;

    /** On the identity provider's sign-in page (checked with axe too, the first time: people see it). */
    private static void signIn(String user) {
        browser.waitForUrl("/login");
        if (!signInPageChecked) {
            browser.check("dang-nhap");
            signInPageChecked = true;
        }
        browser.type("#username", user);
        browser.type("#password", user);
        browser.click("button[type=submit]");
    }

    /** "Đăng xuất": the portal's session and the identity provider's both end; back on the portal's home page. */
    private static void signOut() {
        browser.clickAndWait("header form button[type=submit]");
        browser.waitForUrl(portal + "/");
        browser.waiting(Duration.ofSeconds(30))
                .until(driver -> !driver.findElements(org.openqa.selenium.By.linkText("Đăng nhập"))
                        .isEmpty());
    }

    /** An officer's action on the dossier page, and the status it leads to. */
    private static void act(String action, String expectedStatus) {
        browser.click("#" + action + " button[type=submit]");
        browser.waiting(Duration.ofSeconds(30))
                .until(driver ->
                        browser.findAll(".notice--success, .notice--warning").size() > 0);
        assertThat(browser.findAll(".notice--warning")).as(action).isEmpty();
        assertThat(browser.text("#trang-thai")).as(action).isEqualTo(expectedStatus);
    }

    /** A download from the portal in the browser's session (its cookie), as the browser would fetch it. */
    private static HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        List<String> cookies = new ArrayList<>();
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            cookies.add(cookie.getName() + "=" + cookie.getValue());
        }
        HttpResponse<byte[]> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(portal + path))
                        .header("Cookie", String.join("; ", cookies))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode())
                .as(path + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response;
    }

    /** A small real PDF to upload. */
    private static Path pdf(String name) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.US_ASCII);
        return file;
    }
}
