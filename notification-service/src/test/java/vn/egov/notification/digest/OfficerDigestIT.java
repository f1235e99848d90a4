package vn.egov.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import vn.egov.notification.delivery.PlanDeliveries;
import vn.egov.notification.delivery.SendDelivery;
import vn.egov.notification.support.InternalApiStub;
import vn.egov.notification.support.MovableClock;
import vn.egov.testsupport.EgovIntegrationTest;

/**
 * The officers' morning digest end to end: the service against real PostgreSQL, identity-service's officer list and
 * dossier-service's calendar and due-dossier list played on loopback HTTP with the JSON of the real endpoints
 * ({@code IdentityServiceIT.InternalOfficers}, {@code DueDossiersIT} prove those), and the e-mails read back from a
 * real SMTP server as the officers got them. The test sets the service's clock to the day it needs and runs the job
 * as the schedule does.
 */
@EgovIntegrationTest
@TestPropertySource(
        properties = {
            // The national portal sync has its own IT; here it would only push to a portal that is not there.
            "egov.notification.national-portal.enabled=false",
            "egov.notification.digest.enabled=false",
            "egov.notification.digest.list-limit=2",
            "egov.notification.digest.console-url=https://dichvucong.danang.gov.vn/"
        })
class OfficerDigestIT {

    static final String JUSTICE = "000.00.15.H17";
    static final String HEALTH = "000.00.16.H17";
    static final String CONSOLE = "https://dichvucong.danang.gov.vn/can-bo";
    static final AtomicInteger OFFICERS = new AtomicInteger();

    static final InternalApiStub IDENTITY = InternalApiStub.start();
    static final InternalApiStub DOSSIER_SERVICE = InternalApiStub.start();
    static final GreenMail SMTP = startSmtp();
    static final MovableClock CLOCK = new MovableClock();

    @TestConfiguration
    static class FixedDay {

        @Bean
        @Primary
        MovableClock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    SendOfficerDigests digests;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return smtp;
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("egov.identity.url", IDENTITY::baseUrl);
        registry.add("egov.dossier.url", DOSSIER_SERVICE::baseUrl);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        IDENTITY.close();
        DOSSIER_SERVICE.close();
        SMTP.stop();
    }

    /** Officers of their own per test: two of the Department of Justice, one without e-mail, one of Health. */
    record Staff(String justice1, String justice2, String withoutEmail, String health) {

        static Staff hired() {
            int n = OFFICERS.incrementAndGet();
            Staff staff = new Staff("binh" + n, "chau" + n, "dung" + n, "em" + n);
            IDENTITY.answer(
                    "/internal/officers",
                    """
                    {"items":[
                      {"username":"%s","name":"Trần Thị Bình","email":"%s","agencyCode":"%s"},
                      {"username":"%s","name":"Phạm Minh Châu","email":"%s","agencyCode":"%s"},
                      {"username":"%s","name":"Võ Văn Dũng","email":null,"agencyCode":"%s"},
                      {"username":"%s","name":"Hồ Thị Em","email":"%s","agencyCode":"%s"}]}
                    """
                            .formatted(
                                    staff.justice1,
                                    email(staff.justice1),
                                    JUSTICE,
                                    staff.justice2,
                                    email(staff.justice2),
                                    JUSTICE,
                                    staff.withoutEmail,
                                    JUSTICE,
                                    staff.health,
                                    email(staff.health),
                                    HEALTH));
            return staff;
        }

        static String email(String username) {
            return username + "@danang.gov.vn";
        }
    }

    static void calendar(String date, boolean workingDay) {
        DOSSIER_SERVICE.answer(
                "/internal/calendar/days/" + date, "{\"date\":\"%s\",\"workingDay\":%s}".formatted(date, workingDay));
    }

    /** The Department of Justice on Monday 7 December 2026: three overdue (two listed), one due soon. */
    static void justiceDossiers(String on, String dueBy) {
        DOSSIER_SERVICE.answer(
                "/internal/agencies/" + JUSTICE + "/due-dossiers?on=" + on + "&dueWithinDays=2&limit=2",
                """
                {"agencyCode":"%s","agencyName":"Sở Tư pháp thành phố Đà Nẵng","on":"%s","dueBy":"%s",
                 "overdue":{"total":3,"items":[
                   {"code":"000.00.15.H17-261120-0007","procedureCode":"1.001823",
                    "procedureName":"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam","applicantName":"Nguyễn Văn An",
                    "dueDate":"2026-12-01","daysOverdue":4},
                   {"code":"000.00.15.H17-261124-0012","procedureCode":"2.000111",
                    "procedureName":"Chứng thực bản sao từ bản chính","applicantName":"Lê Thị Hoa",
                    "dueDate":"2026-12-04","daysOverdue":1}]},
                 "dueSoon":{"total":1,"items":[
                   {"code":"000.00.15.H17-261127-0003","procedureCode":"1.001823",
                    "procedureName":"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam","applicantName":"Đặng Quốc Huy",
                    "dueDate":"2026-12-08","daysOverdue":0}]}}
                """
                        .formatted(JUSTICE, on, dueBy));
    }

    static void nothingDueAtHealth(String on, String dueBy) {
        DOSSIER_SERVICE.answer(
                "/internal/agencies/" + HEALTH + "/due-dossiers?on=" + on + "&dueWithinDays=2&limit=2",
                """
                {"agencyCode":"%s","agencyName":null,"on":"%s","dueBy":"%s",
                 "overdue":{"total":0,"items":[]},"dueSoon":{"total":0,"items":[]}}
                """
                        .formatted(HEALTH, on, dueBy));
    }

    @Nested
    class OnAWorkingMorning {

        @Test
        void eachOfficerGetsOneEmailWithTheAgencysOverdueAndSoonDueDossiersLinkedToTheConsole() throws Exception {
            Staff staff = Staff.hired();
            calendar("2026-12-07", true);
            justiceDossiers("2026-12-07", "2026-12-09");
            nothingDueAtHealth("2026-12-07", "2026-12-09");
            CLOCK.setTo("2026-12-07T07:00");

            SendOfficerDigests.Run run = digests.run();

            assertThat(run.workingDay()).isTrue();
            assertThat(run.sent()).isEqualTo(2);
            assertThat(run.noEmail()).isEqualTo(1);
            assertThat(run.nothingDue()).isEqualTo(1);
            MimeMessage email = awaitOne(() -> emailsTo(Staff.email(staff.justice1())));
            assertThat(email.getSubject())
                    .isEqualTo("Hồ sơ quá hạn và sắp đến hạn — Sở Tư pháp thành phố Đà Nẵng — 07/12/2026");
            assertThat(email.getFrom()[0].toString()).contains("no-reply@egov.danang.gov.vn");
            String text = part(email, "text/plain");
            assertThat(text)
                    .contains("Kính gửi Trần Thị Bình")
                    .contains("HỒ SƠ QUÁ HẠN: 3")
                    .contains("- 000.00.15.H17-261120-0007 | Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"
                            + " | Nguyễn Văn An | hạn 01/12/2026 | quá hạn 4 ngày làm việc")
                    .contains(CONSOLE + "/ho-so/000.00.15.H17-261120-0007")
                    .contains("- 000.00.15.H17-261124-0012 | Chứng thực bản sao từ bản chính | Lê Thị Hoa"
                            + " | hạn 04/12/2026 | quá hạn 1 ngày làm việc")
                    .contains("và 1 hồ sơ khác: " + CONSOLE + "?quaHan=true")
                    .contains("HỒ SƠ ĐẾN HẠN TRONG 2 NGÀY LÀM VIỆC TỚI: 1")
                    .contains("- 000.00.15.H17-261127-0003 | Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"
                            + " | Đặng Quốc Huy | hạn 08/12/2026")
                    .contains(CONSOLE + "/ho-so/000.00.15.H17-261127-0003")
                    .doesNotContain("Không có hồ sơ");
            assertThat(text.indexOf("000.00.15.H17-261120-0007"))
                    .isLessThan(text.indexOf("000.00.15.H17-261124-0012"))
                    .isLessThan(text.indexOf("000.00.15.H17-261127-0003"));
            String html = part(email, "text/html");
            assertThat(html)
                    .contains(
                            "<a href=\"" + CONSOLE + "/ho-so/000.00.15.H17-261120-0007\">000.00.15.H17-261120-0007</a>")
                    .contains("<a href=\"" + CONSOLE + "?quaHan=true\">và 1 hồ sơ khác</a>")
                    .contains("Đặng Quốc Huy")
                    .contains("4 ngày làm việc");

            MimeMessage colleague = awaitOne(() -> emailsTo(Staff.email(staff.justice2())));
            assertThat(part(colleague, "text/plain"))
                    .contains("Kính gửi Phạm Minh Châu")
                    .contains("000.00.15.H17-261120-0007");
            // Nothing overdue or due at Health: a busy officer wants no empty e-mail.
            assertThat(emailsTo(Staff.email(staff.health()))).isEmpty();
            assertThat(jdbc.queryForList(
                            "select outcome from officer_digest where day = date '2026-12-07' and officer in (?, ?, ?, ?)"
                                    + " order by officer",
                            String.class,
                            staff.justice1(),
                            staff.justice2(),
                            staff.withoutEmail(),
                            staff.health()))
                    .containsExactly("SENT", "SENT", "NO_EMAIL", "NOTHING_DUE");
            assertThat(jdbc.queryForObject(
                            "select d.status from delivery d join officer_digest o on o.delivery_id = d.id"
                                    + " where o.officer = ? and o.day = date '2026-12-07'",
                            String.class,
                            staff.justice1()))
                    .isEqualTo("SENT");
            assertThat(DOSSIER_SERVICE.callers()).containsOnly("notification-service");
            assertThat(IDENTITY.callers()).containsOnly("notification-service");
            assertThat(meters.counter(DigestMetrics.NAME, "outcome", "sent", "reason", "due-dossiers")
                            .count())
                    .isGreaterThanOrEqualTo(2);
            assertThat(meters.counter(DigestMetrics.NAME, "outcome", "skipped", "reason", "nothing-due")
                            .count())
                    .isGreaterThanOrEqualTo(1);
        }

        @Test
        void runningAgainOrOnASecondInstanceSendsNoSecondEmail() throws Exception {
            Staff staff = Staff.hired();
            calendar("2026-12-08", true);
            justiceDossiers("2026-12-08", "2026-12-10");
            nothingDueAtHealth("2026-12-08", "2026-12-10");
            CLOCK.setTo("2026-12-08T07:05");
            SendOfficerDigests secondInstance = new SendOfficerDigests(
                    directory,
                    dossiers,
                    compose,
                    officerDigests,
                    planDeliveries,
                    sendDelivery,
                    metrics,
                    properties,
                    transactionManager,
                    CLOCK);

            ExecutorService instances = Executors.newFixedThreadPool(2);
            List<SendOfficerDigests.Run> runs;
            try {
                Future<SendOfficerDigests.Run> first = instances.submit(digests::run);
                Future<SendOfficerDigests.Run> second = instances.submit(secondInstance::run);
                runs = List.of(first.get(), second.get());
            } finally {
                instances.shutdownNow();
            }
            CLOCK.setTo("2026-12-08T09:30");
            SendOfficerDigests.Run later = digests.run();

            assertThat(runs.get(0).sent() + runs.get(1).sent()).isEqualTo(2);
            assertThat(later.sent()).isZero();
            assertThat(later.alreadyDone()).isGreaterThanOrEqualTo(4);
            awaitOne(() -> emailsTo(Staff.email(staff.justice1())));
            awaitOne(() -> emailsTo(Staff.email(staff.justice2())));
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> emailsTo(Staff.email(staff.justice1())).size() == 1
                            && emailsTo(Staff.email(staff.justice2())).size() == 1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from delivery where event_id = ?",
                            Integer.class,
                            "officer-digest:2026-12-08:" + staff.justice1()))
                    .isEqualTo(1);
        }

        @Test
        void anOfficerWhoseAgencysDossiersWereUnavailableGetsTheDigestAtTheNextCheck() throws Exception {
            Staff staff = Staff.hired();
            calendar("2026-12-09", true);
            nothingDueAtHealth("2026-12-09", "2026-12-11");
            DOSSIER_SERVICE.answer(
                    "/internal/agencies/" + JUSTICE + "/due-dossiers?on=2026-12-09&dueWithinDays=2&limit=2",
                    503,
                    "{\"status\":503}");
            CLOCK.setTo("2026-12-09T07:00");

            SendOfficerDigests.Run failed = digests.run();
            justiceDossiers("2026-12-09", "2026-12-11");
            CLOCK.setTo("2026-12-09T07:01");
            SendOfficerDigests.Run retried = digests.run();

            assertThat(failed.failed()).isEqualTo(3);
            assertThat(failed.sent()).isZero();
            assertThat(retried.sent()).isEqualTo(2);
            assertThat(part(awaitOne(() -> emailsTo(Staff.email(staff.justice1()))), "text/plain"))
                    .contains("09/12/2026")
                    .contains("000.00.15.H17-261124-0012");
        }

        @Test
        void nothingIsSentBeforeTheConfiguredTimeNorAfterTheMorning() {
            Staff staff = Staff.hired();
            calendar("2026-12-10", true);
            justiceDossiers("2026-12-10", "2026-12-14");
            int calls = DOSSIER_SERVICE.calls().size();

            CLOCK.setTo("2026-12-10T06:59");
            SendOfficerDigests.Run early = digests.run();
            CLOCK.setTo("2026-12-10T12:00");
            SendOfficerDigests.Run late = digests.run();

            assertThat(early.sent() + late.sent()).isZero();
            assertThat(DOSSIER_SERVICE.calls()).hasSize(calls);
            assertThat(emailsTo(Staff.email(staff.justice1()))).isEmpty();
        }
    }

    @Nested
    class OnADayOff {

        @Test
        void noOfficerGetsADigestOnASunday() {
            Staff staff = Staff.hired();
            calendar("2026-12-06", false);
            justiceDossiers("2026-12-06", "2026-12-08");
            CLOCK.setTo("2026-12-06T07:00");

            SendOfficerDigests.Run run = digests.run();
            CLOCK.setTo("2026-12-06T09:00");
            SendOfficerDigests.Run later = digests.run();

            assertNoDigest(run, staff, "2026-12-06");
            assertNoDigest(later, staff, "2026-12-06");
        }

        @Test
        void noOfficerGetsADigestOnAPublicHoliday() {
            Staff staff = Staff.hired();
            // Wednesday 2 September 2026, National Day.
            calendar("2026-09-02", false);
            justiceDossiers("2026-09-02", "2026-09-07");
            CLOCK.setTo("2026-09-02T07:30");

            SendOfficerDigests.Run run = digests.run();

            assertNoDigest(run, staff, "2026-09-02");
            assertThat(meters.counter(DigestMetrics.NAME, "outcome", "skipped", "reason", "day-off")
                            .count())
                    .isGreaterThanOrEqualTo(1);
        }

        private void assertNoDigest(SendOfficerDigests.Run run, Staff staff, String day) {
            assertThat(run.workingDay()).isFalse();
            assertThat(run.sent()).isZero();
            assertThat(DOSSIER_SERVICE.calls()).noneMatch(call -> call.contains("on=" + day));
            assertThat(jdbc.queryForObject(
                            "select count(*) from officer_digest where day = cast(? as date)", Integer.class, day))
                    .isZero();
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> emailsTo(Staff.email(staff.justice1())).isEmpty());
        }
    }

    @Autowired
    OfficerDirectory directory;

    @Autowired
    DossierDeadlinesClient dossiers;

    @Autowired
    ComposeDigest compose;

    @Autowired
    OfficerDigests officerDigests;

    @Autowired
    PlanDeliveries planDeliveries;

    @Autowired
    SendDelivery sendDelivery;

    @Autowired
    DigestMetrics metrics;

    @Autowired
    DigestProperties properties;

    @Autowired
    PlatformTransactionManager transactionManager;

    private static List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(recipient -> recipient.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The decoded text of the message's part of the given type. */
    private static String part(MimeMessage message, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(message.getContent(), message.getContentType(), type, found);
        assertThat(found).as(type + " part").hasSize(1);
        return found.get(0);
    }

    private static void collect(Object content, String contentType, String type, List<String> found) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(
                        multipart.getBodyPart(i).getContent(),
                        multipart.getBodyPart(i).getContentType(),
                        type,
                        found);
            }
        } else if (contentType.toLowerCase(Locale.ROOT).startsWith(type)) {
            found.add(String.valueOf(content));
        }
    }

    private static <T> T awaitOne(Callable<List<T>> messages) {
        List<T> found = await().atMost(Duration.ofSeconds(30)).until(messages, list -> !list.isEmpty());
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
