package vn.egov.dossier.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The S3 storage against a minimal S3 look-alike on a loopback port (object PUT, GET and DELETE only): it checks the
 * endpoint override, path-style addressing and the round trip of the bytes. It is not a real S3 or MinIO server.
 */
class S3StorageTest {

    HttpServer server;
    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void storesReadsAndDeletesObjectsInThePathStyleBucket() throws Exception {
        var storage = new S3Storage(new AttachmentProperties.S3(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                "ap-southeast-1",
                "egov-attachments",
                "minioadmin",
                "minioadmin",
                true));
        byte[] pdf = SampleFiles.pdf("Tài liệu trên S3");

        storage.put("k1", new ByteArrayInputStream(pdf), pdf.length, "application/pdf");

        assertThat(requests).contains("PUT /egov-attachments/k1");
        assertThat(objects.get("/egov-attachments/k1")).isEqualTo(pdf);
        try (InputStream in = storage.open("k1")) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        storage.delete("k1");
        assertThat(objects).doesNotContainKey("/egov-attachments/k1");
        storage.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
                byte[] content = encoding != null && encoding.contains("aws-chunked") ? unchunk(body) : body;
                objects.put(path, content);
                exchange.getResponseHeaders().set("ETag", "\"" + md5(content) + "\"");
                exchange.sendResponseHeaders(200, -1);
            }
            case "GET" -> {
                byte[] content = objects.get(path);
                if (content == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                    exchange.getResponseHeaders().set("ETag", "\"" + md5(content) + "\"");
                    exchange.sendResponseHeaders(200, content.length);
                    exchange.getResponseBody().write(content);
                }
            }
            case "DELETE" -> {
                objects.remove(path);
                exchange.sendResponseHeaders(204, -1);
            }
            default -> exchange.sendResponseHeaders(405, -1);
        }
        exchange.close();
    }

    /** Decodes the aws-chunked body the SDK streams: {@code <hex size>[;signature]\r\n<bytes>\r\n}..., then trailers. */
    private static byte[] unchunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOfCrlf(body, at);
            String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0].strip(), 16);
            at = lineEnd + 2;
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(body, at, size);
            at += size + 2;
        }
    }

    private static int indexOfCrlf(byte[] body, int from) {
        for (int i = from; i < body.length - 1; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("no chunk header at " + from);
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
