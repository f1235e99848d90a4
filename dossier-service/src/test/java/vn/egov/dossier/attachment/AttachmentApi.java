package vn.egov.dossier.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import vn.egov.dossier.DossierApi;

/** Multipart uploads and binary downloads against dossier-service, as a browser or app would send them. */
public final class AttachmentApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public AttachmentApi(int port) {
        this.port = port;
    }

    /**
     * @param declaredType the Content-Type the client claims for the part (the server must not believe it)
     */
    public DossierApi.Response upload(
            String token,
            String procedureCode,
            String documentCode,
            String fileName,
            String declaredType,
            byte[] bytes) {
        String boundary = "----egov" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        field(body, boundary, "procedureCode", procedureCode);
        field(body, boundary, "documentCode", documentCode);
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
        body.writeBytes(bytes);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/dossiers/attachments"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return new DossierApi.Response(send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** The id of a freshly uploaded PDF. */
    public String uploadPdf(String token, String procedureCode, String documentCode) {
        var response = upload(
                token,
                procedureCode,
                documentCode,
                documentCode + ".pdf",
                "application/pdf",
                SampleFiles.pdf("Tài liệu " + documentCode + " " + UUID.randomUUID()));
        if (response.status() != 201) {
            throw new IllegalStateException("upload failed: " + response.status() + " " + response.body());
        }
        return response.json().get("id").asString();
    }

    public HttpResponse<byte[]> download(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
