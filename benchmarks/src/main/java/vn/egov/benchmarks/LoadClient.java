package vn.egov.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The HTTP client of a measured phase: POSTs or GETs over a pool of HTTP/1.1 keep-alive connections on one Netty event loop.
 * The load generator shares the machine with the platform; the report's CPU table shows what it costs per call (about
 * the same as the JDK's {@code HttpClient} it replaced, 0.6–0.8 ms with the signing and scheduling).
 */
final class LoadClient implements AutoCloseable {

    private final ConnectionProvider connections;
    private final LoopResources loop;
    private final HttpClient client;

    LoadClient(int maxConnections, String contentType) {
        this.connections = ConnectionProvider.builder("load")
                .maxConnections(maxConnections)
                .pendingAcquireMaxCount(-1)
                .build();
        this.loop = LoopResources.create("load", 1, true);
        this.client = HttpClient.create(connections)
                .runOn(loop)
                .responseTimeout(Duration.ofSeconds(30))
                .headers(headers -> headers.set("Content-Type", contentType));
    }

    /** Sends the body; completes with the status code once the whole answer has been read. */
    CompletableFuture<Integer> post(URI uri, String body) {
        return client.post()
                .uri(uri)
                .send(ByteBufFlux.fromString(Mono.just(body)))
                .responseSingle((response, content) -> content.asByteArray()
                        .defaultIfEmpty(new byte[0])
                        .map(bytes -> response.status().code()))
                .toFuture();
    }

    /** Asks for the resource; completes with the status code once the whole answer has been read. */
    CompletableFuture<Integer> get(URI uri, String accept) {
        return client.headers(headers -> headers.set("Accept", accept))
                .get()
                .uri(uri)
                .responseSingle((response, content) -> content.asByteArray()
                        .defaultIfEmpty(new byte[0])
                        .map(bytes -> response.status().code()))
                .toFuture();
    }

    @Override
    public void close() {
        connections.disposeLater().block(Duration.ofSeconds(5));
        loop.disposeLater().block(Duration.ofSeconds(5));
    }
}
