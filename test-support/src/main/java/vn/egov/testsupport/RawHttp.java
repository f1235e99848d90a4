package vn.egov.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for the requests that well-behaved clients refuse to send: malformed percent-encoding,
 * bytes that are not UTF-8, over-long request lines and headers, a broken request line. The request is written as
 * given and the answer read until the server closes the connection (every request says {@code Connection: close}).
 */
public final class RawHttp {

    private final String host;
    private final int port;

    private RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static RawHttp to(int port) {
        return new RawHttp("127.0.0.1", port);
    }

    /** A GET of the raw request target (path and query as bytes on the wire) with the given extra header lines. */
    public Response get(byte[] target, String... headerLines) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes("GET ".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(target);
        request.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(headers(headerLines).getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return send(request.toByteArray());
    }

    public Response get(String target, String... headerLines) {
        return get(target.getBytes(StandardCharsets.ISO_8859_1), headerLines);
    }

    /** A POST of a JSON body. */
    public Response postJson(String target, String json, String... headerLines) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + target + " HTTP/1.1\r\n" + headers(headerLines) + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return send(request.toByteArray());
    }

    /** Exactly these bytes, for requests that are not HTTP at all. */
    public Response send(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // A server may answer and close before it has read all of an over-long request: read what it said.
            }
            return Response.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String headers(String... headerLines) {
        StringBuilder headers = new StringBuilder("Host: " + host + ":" + port + "\r\n");
        for (String line : headerLines) {
            headers.append(line).append("\r\n");
        }
        return headers.append("Connection: close\r\n").toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // A reset after the answer (the server closed while our request was still arriving) ends it too.
            if (answer.size() == 0) {
                throw e;
            }
        }
        return answer.toByteArray();
    }

    /**
     * An answer: status, headers (names in lower case, last value wins) and the body as text. A chunked body is kept as
     * sent, which is enough to check what kind of body it is.
     */
    public record Response(int status, Map<String, String> headers, String body) {

        static Response parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/") || end < 0) {
                throw new IllegalStateException("not an HTTP answer: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new Response(status, headers, text.substring(end + 4));
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }
}
