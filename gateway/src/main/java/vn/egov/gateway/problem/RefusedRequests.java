package vn.egov.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Gives a body to the answers Reactor Netty writes on its own, before any filter or handler of the gateway runs: 414
 * for a request line over {@code server.netty.max-initial-line-length}, 431 for headers over
 * {@code server.max-http-request-header-size}, 400 for a request that is not HTTP or whose URL does not parse. Netty
 * sends those with no body at all; callers get the same problem+json as for every other refusal instead.
 *
 * <p>Sits in each connection's pipeline next to the HTTP codec and rewrites only complete error answers without a body
 * and without a content type, which nothing else in the gateway sends: its own problems have a body, and a service's
 * answers pass through with the content type they came with.
 */
public final class RefusedRequests extends ChannelOutboundHandlerAdapter {

    private static final String NAME = "egov.refusedRequests";

    /** Installs this in every new connection of the gateway's server. */
    public static NettyServerCustomizer customizer() {
        return (HttpServer server) -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null
                    && channel.pipeline().get(NAME) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, NAME, new RefusedRequests());
            }
        });
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof FullHttpResponse response
                && response.status().code() >= 400
                && response.content().readableBytes() == 0
                && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
            byte[] body = problem(response.status().code()).getBytes(StandardCharsets.UTF_8);
            FullHttpResponse answer = response.replace(Unpooled.wrappedBuffer(body));
            response.release();
            answer.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
            ctx.write(answer, promise);
            return;
        }
        ctx.write(message, promise);
    }

    static String problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String slug;
        String title;
        String detail;
        if (known == HttpStatus.URI_TOO_LONG) {
            slug = "uri-too-long";
            title = "URI too long";
            detail = "The URL is too long";
        } else if (known == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) {
            slug = "request-header-fields-too-large";
            title = "Request header fields too large";
            detail = "The request's headers are too large";
        } else if (known == HttpStatus.BAD_REQUEST) {
            slug = "malformed-request";
            title = "Malformed request";
            detail = "The request is not well-formed HTTP: check the request line, the URL encoding and the headers";
        } else if (known != null) {
            slug = known.name().toLowerCase(Locale.ROOT).replace('_', '-');
            title = known.getReasonPhrase();
            detail = known.is5xxServerError()
                    ? "Something went wrong on our side; please try again later"
                    : "The request could not be completed";
        } else {
            slug = "http-" + status;
            title = "Error";
            detail = "The request could not be completed";
        }
        return "{\"type\":\"" + Problems.TYPE_BASE + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
