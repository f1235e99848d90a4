package vn.egov.servicedefaults.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word as problem+json instead of its HTML page: the answer to requests that Tomcat refuses before any
 * servlet sees them (a request line or header that does not parse, characters with no place in a URL, headers too
 * large) and to anything else that reaches the host with an error and no body. Says nothing of the cause beyond the
 * status: no exception, no server name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        if (status == HttpStatus.BAD_REQUEST.value() && headersTooLarge(failure)) {
            // Tomcat answers 400 for a request whose line and headers overflow its buffer; RFC 6585 has a status.
            status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value();
            response.setStatus(status);
        }
        if (!response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String body = "{\"type\":\"" + ApiProblem.TYPE_BASE + slug(status, known) + "\",\"title\":\""
                + (known == null ? "Error" : known.getReasonPhrase()) + "\",\"status\":" + status + ",\"detail\":\""
                + detail(status, known) + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more: nothing left to tell anyone.
        }
    }

    /**
     * Puts the valve in place of the one Spring Boot gives the host (an {@link ErrorReportValve} without report or
     * server info), after Boot's own customizer has run, and tells the host to use it so it adds no other.
     */
    public static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                Pipeline pipeline = host.getPipeline();
                boolean installed = false;
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ProblemErrorReportValve) {
                        installed = true;
                    } else if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                if (!installed) {
                    pipeline.addValve(new ProblemErrorReportValve());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static boolean headersTooLarge(Throwable failure) {
        return failure instanceof IllegalArgumentException
                && failure.getMessage() != null
                && failure.getMessage().toLowerCase(Locale.ROOT).contains("too large");
    }

    static String slug(int status, HttpStatus known) {
        if (known == null) {
            return "http-" + status;
        }
        return switch (known) {
            case BAD_REQUEST -> "malformed-request";
            case CONTENT_TOO_LARGE -> "payload-too-large";
            case INTERNAL_SERVER_ERROR -> "internal-error";
            default -> known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    private static String detail(int status, HttpStatus known) {
        if (known == HttpStatus.BAD_REQUEST) {
            return "The request is not well-formed HTTP: check the request line, the URL encoding and the headers";
        }
        if (known == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) {
            return "The request line and headers together are too large";
        }
        if (known == HttpStatus.URI_TOO_LONG) {
            return "The URL is too long";
        }
        return status >= 500 ? "Something went wrong on our side; please try again later" : "The request was refused";
    }
}
