package vn.egov.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a browser without JavaScript does: cookies, redirects followed one by one, forms sent as they are. */
final class BrowserlessClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final List<String> visited = new ArrayList<>();

    BrowserlessClient(String base) {
        this.base = URI.create(base);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    CookieManager cookies() {
        return cookies;
    }

    /** The session cookie names a session the server no longer has, as after its timeout. */
    void expireSession() {
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if ("EGOV_WEB_SESSION".equals(cookie.getName())) {
                HttpCookie expired = (HttpCookie) cookie.clone();
                expired.setValue("A1B2C3D4E5F60718293A4B5C6D7E8F90");
                cookies.getCookieStore().remove(base, cookie);
                cookies.getCookieStore().add(base, expired);
                return;
            }
        }
        throw new AssertionError("no session cookie to expire");
    }

    /** Every address the last request and its redirects went through. */
    List<String> visited() {
        return List.copyOf(visited);
    }

    HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        visited.clear();
        return follow(send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET()));
    }

    HttpResponse<String> getWithoutRedirects(String pathOrUrl) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String referer)
            throws IOException, InterruptedException {
        visited.clear();
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (referer != null) {
            request.header("Referer", resolve(referer).toString());
        }
        return follow(send(request));
    }

    HttpResponse<String> postFormWithoutRedirects(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A {@code multipart/form-data} form: repeated names allowed, files as {@code name → (file name, bytes)}. */
    HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields, Map<String, byte[]> files)
            throws IOException, InterruptedException {
        visited.clear();
        String boundary = "----web-it-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                            + "\"; filename=\"" + file.getKey() + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return follow(send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    static String csrf(String html) {
        return group(CSRF, html, "_csrf");
    }

    static String formKey(String html) {
        return group(FORM_KEY, html, "formKey");
    }

    private static String group(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no " + what + " in the page:\n" + html);
        }
        return matcher.group(1);
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 15 && current.statusCode() / 100 == 3; hops++) {
            URI next = current.uri()
                    .resolve(current.headers().firstValue("Location").orElseThrow());
            current = send(HttpRequest.newBuilder(next).GET());
        }
        return current;
    }

    /** A form sent by a page's script with {@code fetch}, asking for JSON; not redirected. */
    HttpResponse<String> postFormForJson(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, "text/html");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String accept)
            throws IOException, InterruptedException {
        HttpRequest built =
                request.header("Accept", accept).timeout(Duration.ofSeconds(30)).build();
        visited.add(built.method() + " " + built.uri());
        return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI resolve(String pathOrUrl) {
        return base.resolve(pathOrUrl);
    }
}
