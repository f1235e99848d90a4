package vn.egov.notification.nationalportal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Compiles the national portal report at {@code egov.notification.national-portal.report.cron} (06:30 every day, city
 * time, by default); off with {@code ...report.enabled=false}.
 */
@Component
@ConditionalOnProperty(
        name = "egov.notification.national-portal.report.enabled",
        havingValue = "true",
        matchIfMissing = true)
class DailyReportSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DailyReportSchedule.class);

    private final CompileDailyReport compile;
    private final NationalPortalProperties properties;
    private final Clock clock;

    DailyReportSchedule(CompileDailyReport compile, NationalPortalProperties properties, Clock clock) {
        this.compile = compile;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        NationalPortalProperties.Report report = properties.report();
        registrar.addCronTask(new CronTask(this::compileToday, new CronTrigger(report.cron(), report.zone())));
    }

    private void compileToday() {
        LocalDate today = clock.instant().atZone(properties.report().zone()).toLocalDate();
        try {
            compile.compile(today);
        } catch (RuntimeException e) {
            log.warn("National portal report for {} not compiled: {}", today, e.toString());
        }
    }
}
