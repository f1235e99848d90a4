package vn.egov.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    // 2025: 30/4 and 1/5 holidays, 2/5 swapped with Saturday 26/4; 1/9 and 2/9 National Day.
    private final WorkingDays calendar = new WorkingDays(
            Set.of(
                    LocalDate.of(2025, 4, 30),
                    LocalDate.of(2025, 5, 1),
                    LocalDate.of(2025, 5, 2),
                    LocalDate.of(2025, 9, 1),
                    LocalDate.of(2025, 9, 2)),
            Set.of(LocalDate.of(2025, 4, 26)));

    @Test
    void skipsWeekends() {
        // Thursday 10:00 + 3 working days: Fri, Mon, Tue
        assertThat(calendar.dueDate(LocalDateTime.of(2025, 6, 12, 10, 0), 3, 16))
                .isEqualTo(LocalDate.of(2025, 6, 17));
    }

    @Test
    void skipsHolidaysAndCountsMakeUpSaturdays() {
        // Friday 25/4 + 3: Sat 26/4 (make-up), Mon 28/4, Tue 29/4
        assertThat(calendar.dueDate(LocalDateTime.of(2025, 4, 25, 9, 0), 3, null))
                .isEqualTo(LocalDate.of(2025, 4, 29));
        // Tuesday 29/4 + 2: 30/4, 1/5, 2/5 off, weekend; Mon 5/5, Tue 6/5
        assertThat(calendar.dueDate(LocalDateTime.of(2025, 4, 29, 9, 0), 2, null))
                .isEqualTo(LocalDate.of(2025, 5, 6));
    }

    @Test
    void countsFromTheNextWorkingDayAfterTheCutOffHour() {
        // Friday 29/8 after 16:00 counts as received Wednesday 3/9 (weekend, 1/9 and 2/9 off); + 1 = Thursday 4/9
        assertThat(calendar.dueDate(LocalDateTime.of(2025, 8, 29, 16, 30), 1, 16))
                .isEqualTo(LocalDate.of(2025, 9, 4));
        // before the cut-off it counts from Friday: + 1 = Wednesday 3/9
        assertThat(calendar.dueDate(LocalDateTime.of(2025, 8, 29, 15, 59), 1, 16))
                .isEqualTo(LocalDate.of(2025, 9, 3));
    }

    @Test
    void treatsAReceiptOnADayOffAsReceivedOnTheNextWorkingDay() {
        // Sunday 15/6 → Monday 16/6; + 1 = Tuesday 17/6
        assertThat(calendar.dueDate(LocalDateTime.of(2025, 6, 15, 9, 0), 1, null))
                .isEqualTo(LocalDate.of(2025, 6, 17));
    }

    @Test
    void aPauseCostsTheWorkingDaysAfterItsStartUpToTheResumption() {
        // asked Friday 25/4, supplied Tuesday 29/4: Sat 26/4 (make-up), Mon 28/4, Tue 29/4
        assertThat(calendar.pausedDays(LocalDateTime.of(2025, 4, 25, 10, 0), LocalDateTime.of(2025, 4, 29, 9, 0), 16))
                .isEqualTo(3);
    }

    @Test
    void aPauseWithinOneDayCostsNothing() {
        assertThat(calendar.pausedDays(LocalDateTime.of(2025, 6, 12, 8, 0), LocalDateTime.of(2025, 6, 12, 15, 0), 16))
                .isZero();
    }

    @Test
    void aResumptionAfterTheCutOffCountsFromTheNextWorkingDay() {
        // Thursday 12/6 to Friday 13/6 17:00 (after 16:00): resumes Monday 16/6, so Fri and Mon are paused
        assertThat(calendar.pausedDays(LocalDateTime.of(2025, 6, 12, 8, 0), LocalDateTime.of(2025, 6, 13, 17, 0), 16))
                .isEqualTo(2);
    }

    @Test
    void movesADateByWorkingDaysOverHolidays() {
        // Tuesday 29/4 + 2: 30/4, 1/5, 2/5 off and the weekend: Mon 5/5, Tue 6/5
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 4, 29), 2)).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 4, 29), 0)).isEqualTo(LocalDate.of(2025, 4, 29));
    }
}
