package coop.agora.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dates of a series, from its first date, its rule, its end and the dates it skips. */
class RecurrenceTests {

    private static final LocalDate TUESDAY_10_NOVEMBER = LocalDate.of(2026, 11, 10);

    @Test
    void aWeeklySeriesTakesPlaceOnTheSameWeekdayUntilItsEndDate() {
        var form = new RepeatForm("WEEKLY", "1", "2026-12-01", "", "");

        assertThat(Recurrence.problems(form, TUESDAY_10_NOVEMBER).any()).isFalse();
        assertThat(Recurrence.of(form).dates(TUESDAY_10_NOVEMBER)).containsExactly(
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 1));
    }

    @Test
    void everyTwoWeeksForAGivenNumberOfDates() {
        var form = new RepeatForm("WEEKLY", "2", "", "3", "");

        assertThat(Recurrence.of(form).dates(TUESDAY_10_NOVEMBER)).containsExactly(
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 8));
    }

    @Test
    void theSecondTuesdayOfEveryMonth() {
        var form = new RepeatForm("MONTHLY_BY_WEEKDAY", "1", "", "4", "");

        assertThat(Recurrence.of(form).rule(TUESDAY_10_NOVEMBER)).isEqualTo("FREQ=MONTHLY;BYDAY=2TU;INTERVAL=1;COUNT=4");
        assertThat(Recurrence.of(form).dates(TUESDAY_10_NOVEMBER)).containsExactly(
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 8), LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9));
    }

    @Test
    void aFirstDateInTheFifthWeekMeansTheLastWeekdayOfTheMonth() {
        var lastMonday = LocalDate.of(2026, 11, 30);
        var form = new RepeatForm("MONTHLY_BY_WEEKDAY", "1", "", "3", "");

        assertThat(Recurrence.of(form).dates(lastMonday)).containsExactly(
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 25));
    }

    @Test
    void theSameDayOfTheMonthLeavesOutMonthsWithoutThatDay() {
        var form = new RepeatForm("MONTHLY_BY_DAY", "1", "2027-04-30", "", "");

        assertThat(Recurrence.of(form).dates(LocalDate.of(2027, 1, 31))).containsExactly(
                LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31));
    }

    @Test
    void skippedDatesAreLeftOut() {
        var form = new RepeatForm("WEEKLY", "1", "", "4", "2026-11-17, 2026-11-24");

        assertThat(Recurrence.problems(form, TUESDAY_10_NOVEMBER).any()).isFalse();
        assertThat(Recurrence.of(form).dates(TUESDAY_10_NOVEMBER)).containsExactly(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 1));
    }

    @Test
    void aSkippedDateOutsideTheSeriesIsRefused() {
        var form = new RepeatForm("WEEKLY", "1", "", "4", "2026-11-18");

        assertThat(Recurrence.problems(form, TUESDAY_10_NOVEMBER).key("skip")).isEqualTo("events.error.skipNotInSeries");
    }

    @Test
    void moreThanFiftyTwoDatesAreRefusedNotCutShort() {
        assertThat(Recurrence.problems(new RepeatForm("WEEKLY", "1", "", "53", ""), TUESDAY_10_NOVEMBER).key("count"))
                .isEqualTo("events.error.tooManyDates");
        assertThat(Recurrence.problems(new RepeatForm("WEEKLY", "1", "2027-12-31", "", ""), TUESDAY_10_NOVEMBER).key("until"))
                .isEqualTo("events.error.tooManyDates");
        assertThat(Recurrence.problems(new RepeatForm("WEEKLY", "1", "", "52", ""), TUESDAY_10_NOVEMBER).any()).isFalse();
    }

    @Test
    void aSeriesReachingBeyondTwoYearsIsRefused() {
        var everyFourWeeks = new RepeatForm("WEEKLY", "4", "", "30", "");
        var everyThreeMonths = new RepeatForm("MONTHLY_BY_DAY", "3", "", "8", "");

        assertThat(Recurrence.problems(everyFourWeeks, TUESDAY_10_NOVEMBER).key("count")).isEqualTo("events.error.tooManyDates");
        assertThat(Recurrence.problems(everyThreeMonths, TUESDAY_10_NOVEMBER).any()).isFalse();
    }

    @Test
    void aSeriesEndsEitherOnADateOrAfterANumberOfDates() {
        assertThat(Recurrence.problems(new RepeatForm("WEEKLY", "1", "", "", ""), TUESDAY_10_NOVEMBER).key("until"))
                .isEqualTo("events.error.seriesEnd");
        assertThat(Recurrence.problems(new RepeatForm("WEEKLY", "1", "2026-12-01", "3", ""), TUESDAY_10_NOVEMBER).key("until"))
                .isEqualTo("events.error.seriesEnd");
        assertThat(Recurrence.problems(new RepeatForm("WEEKLY", "1", "2026-11-01", "", ""), TUESDAY_10_NOVEMBER).key("until"))
                .isEqualTo("events.error.seriesUntilBeforeStart");
    }

    @Test
    void aSingleEventHasNoSeriesProblems() {
        assertThat(Recurrence.problems(RepeatForm.none(), null).any()).isFalse();
    }
}
