package vn.egov.dossier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * catalogue-service as dossier-service sees it: {@code GET /api/catalogue/procedures/{code}} with the documented JSON
 * (it serves no versions: {@code /{code}/versions/{n}} answers 404),
 * on a loopback port. It can answer 500 or 503, hang without answering, or be stopped and started again on the same
 * port.
 */
public final class CatalogueStub {

    public static final String JUDICIAL_RECORD = "1.001823";
    public static final String COUNTER_ONLY = "2.000111";
    /** A level-2 procedure: information and forms online, dossiers only at the counter. */
    public static final String NOT_ONLINE = "2.000522";
    /** Requires documents TP1 and TP2 (TP3 is optional): submissions must attach uploads for them. */
    public static final String WITH_REQUIRED_DOCUMENTS = "1.004227";

    /** A procedure without any fee (birth registration is free of charge). */
    public static final String FREE_OF_CHARGE = "1.001193";

    public static final String AGENCY = "000.00.15.H17";

    /** A procedure of a district: UBND quận Hải Châu, whose officers see its dossiers and no others. */
    public static final String DISTRICT_PROCEDURE = "1.001612";

    public static final String DISTRICT_AGENCY = "000.00.41.H17";

    private static final CatalogueStub SHARED = new CatalogueStub();

    private final Map<String, String> procedures = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int failingWith;
    private volatile CountDownLatch hanging = new CountDownLatch(0);
    private volatile int port;
    private HttpServer server;

    private CatalogueStub() {
        procedures.put(
                JUDICIAL_RECORD,
                procedure(
                        JUDICIAL_RECORD,
                        "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
                        "[\"ONLINE\",\"POSTAL\",\"COUNTER\"]"));
        procedures.put(COUNTER_ONLY, procedure(COUNTER_ONLY, "Chứng thực bản sao từ bản chính", "[\"COUNTER\"]"));
        procedures.put(
                NOT_ONLINE,
                procedure(
                                NOT_ONLINE,
                                "Cấp Phiếu lý lịch tư pháp theo yêu cầu của cơ quan tiến hành tố tụng",
                                "[\"POSTAL\",\"COUNTER\"]")
                        .replace(
                                "\"serviceLevel\":4,\"onlineMode\":\"FULL\"",
                                "\"serviceLevel\":2,\"onlineMode\":\"NONE\""));
        procedures.put(
                WITH_REQUIRED_DOCUMENTS,
                procedure(
                        WITH_REQUIRED_DOCUMENTS,
                        "Cấp giấy phép kinh doanh karaoke",
                        "[\"ONLINE\",\"COUNTER\"]",
                        """
                        [{"code":"TP1","name":"Đơn đề nghị cấp giấy phép","required":true},
                         {"code":"TP2","name":"Bản sao giấy chứng nhận đăng ký doanh nghiệp","required":true},
                         {"code":"TP3","name":"Giấy ủy quyền","required":false,"condition":"Trường hợp ủy quyền"}]"""));
        procedures.put(
                FREE_OF_CHARGE,
                procedure(FREE_OF_CHARGE, "Đăng ký khai sinh", "[\"ONLINE\",\"COUNTER\"]")
                        .replace(
                                "\"fees\":[{\"description\":\"Phí cấp phiếu\",\"amount\":200000}],\"feeTotal\":200000",
                                "\"fees\":[],\"feeTotal\":0"));
        procedures.put(
                DISTRICT_PROCEDURE,
                procedure(DISTRICT_PROCEDURE, "Đăng ký thành lập hộ kinh doanh", "[\"ONLINE\",\"COUNTER\"]")
                        .replace("\"agencyCode\":\"" + AGENCY + "\"", "\"agencyCode\":\"" + DISTRICT_AGENCY + "\"")
                        .replace("Sở Tư pháp thành phố Đà Nẵng", "UBND quận Hải Châu")
                        .replace("\"agencyLevel\":\"CITY\"", "\"agencyLevel\":\"DISTRICT\""));
        start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    public static CatalogueStub shared() {
        return SHARED;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int requests() {
        return requests.get();
    }

    /** Every procedure request answers 500 while true. */
    public void failing(boolean failing) {
        failingWith(failing ? 500 : 0);
    }

    /** Every procedure request answers this status while it is not 0 (0: answer normally). */
    public void failingWith(int status) {
        this.failingWith = status;
    }

    /**
     * Every procedure request waits without answering while true, as a catalogue starved of CPU; set back to false,
     * the requests still waiting go on.
     */
    public synchronized void hanging(boolean hanging) {
        if (hanging && this.hanging.getCount() == 0) {
            this.hanging = new CountDownLatch(1);
        } else if (!hanging) {
            this.hanging.countDown();
        }
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.createContext("/api/catalogue/procedures/", this::handle);
        // A hanging request must not hold up the others: one thread per request, not the server's single one.
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "catalogue-stub");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try {
            hanging.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String code = exchange.getRequestURI().getPath().substring("/api/catalogue/procedures/".length());
        String body = procedures.get(code);
        int failing = failingWith;
        if (failing != 0) {
            respond(
                    exchange,
                    failing,
                    "{\"type\":\"https://egov.vn/problems/internal-error\",\"status\":%d}".formatted(failing));
        } else if (body == null) {
            respond(exchange, 404, "{\"type\":\"https://egov.vn/problems/not-found\",\"status\":404}");
        } else {
            respond(exchange, 200, body);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The other procedures' documents are optional, so that their tests need not upload files. */
    private static String procedure(String code, String name, String deliveryOptions) {
        return procedure(
                code,
                name,
                deliveryOptions,
                "[{\"code\":\"TK\",\"name\":\"Tờ khai\",\"form\":\"Mẫu 03\",\"count\":1,\"template\":null,"
                        + "\"required\":false}]");
    }

    private static String procedure(String code, String name, String deliveryOptions, String documents) {
        return """
                {"code":"%s","name":"%s","sector":"Lý lịch tư pháp","agencyCode":"%s",
                 "agencyName":"Sở Tư pháp thành phố Đà Nẵng","agencyLevel":"CITY","serviceLevel":4,"onlineMode":"FULL",
                 "version":3,"effectiveFrom":"2025-01-01","processingDays":10,"onlineProcessingDays":5,
                 "fees":[{"description":"Phí cấp phiếu","amount":200000}],"feeTotal":200000,
                 "documents":%s,
                 "resultType":"Phiếu lý lịch tư pháp","legalBasis":"Luật Lý lịch tư pháp 2009",
                 "deliveryOptions":%s,"cutOffHour":16}
                """
                .formatted(code, name, AGENCY, documents, deliveryOptions);
    }
}
