package vn.doimoi.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doimoi.shared.DomainException;

/** Period arithmetic for recurring reports, and late detection in Vietnam time. */
class ReportPeriodTests {

    @Test
    void aQuarterRunsFromItsFirstToItsLastDay() {
        ReportPeriod q3 = Recurrence.QUARTERLY.periodContaining(LocalDate.of(2026, 8, 15));

        assertThat(q3.code()).isEqualTo("2026-Q3");
        assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void halfYearsAndYearsCutTheCalendarYear() {
        assertThat(Recurrence.HALF_YEARLY.periodContaining(LocalDate.of(2025, 6, 30)))
                .isEqualTo(new ReportPeriod("2025-H1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertThat(Recurrence.HALF_YEARLY
                        .periodContaining(LocalDate.of(2025, 7, 1))
                        .code())
                .isEqualTo("2025-H2");
        assertThat(Recurrence.ANNUAL.periodContaining(LocalDate.of(2024, 4, 8)))
                .isEqualTo(new ReportPeriod("2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void aLeapYearsFirstQuarterEndsOnTheThirtyFirstOfMarch() {
        ReportPeriod q1 = Recurrence.QUARTERLY.periodContaining(LocalDate.of(2028, 2, 29));

        assertThat(q1.end()).isEqualTo(LocalDate.of(2028, 3, 31));
    }

    @Test
    void periodsBetweenTwoDaysCrossYears() {
        List<ReportPeriod> periods =
                Recurrence.QUARTERLY.periodsBetween(LocalDate.of(2024, 11, 20), LocalDate.of(2025, 4, 1));

        assertThat(periods).extracting(ReportPeriod::code).containsExactly("2024-Q4", "2025-Q1", "2025-Q2");
    }

    @Test
    void codesReadBackToTheSamePeriod() {
        for (Recurrence recurrence : Recurrence.values()) {
            for (ReportPeriod period :
                    recurrence.periodsBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))) {
                assertThat(ReportPeriod.parse(period.code())).isEqualTo(period);
            }
        }
    }

    @Test
    void aBrokenCodeIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.parse("2026-Q5"))
                .isInstanceOf(DomainException.class)
                .hasMessage("programs.error.periodInvalid");
        assertThatThrownBy(() -> ReportPeriod.parse("2026-H3")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ReportPeriod.parse("quý 3")).isInstanceOf(DomainException.class);
    }

    @Test
    void theReportIsDueSomeDaysAfterThePeriodEnds() {
        ReportPeriod q4 = ReportPeriod.parse("2026-Q4");

        assertThat(q4.dueOn(10)).isEqualTo(LocalDate.of(2027, 1, 10));
    }

    @Test
    void aReportSentLateInTheEveningOfItsDueDayInVietnamIsOnTime() {
        // given a report due on 10/01/2027
        LocalDate dueOn = LocalDate.of(2027, 1, 10);

        // when it is sent at 23:30 in Vietnam (16:30 UTC), or at 00:30 the next day in Vietnam (17:30 UTC on the 10th)
        Instant lateEvening = Instant.parse("2027-01-10T16:30:00Z");
        Instant pastMidnight = Instant.parse("2027-01-10T17:30:00Z");

        // then the first is on time and the second is late, although both are on the 10th in UTC
        assertThat(ReportDeadline.isLate(dueOn, lateEvening)).isFalse();
        assertThat(ReportDeadline.isLate(dueOn, pastMidnight)).isTrue();
        assertThat(ReportDeadline.lateFrom(dueOn)).isEqualTo(Instant.parse("2027-01-10T17:00:00Z"));
    }
}
