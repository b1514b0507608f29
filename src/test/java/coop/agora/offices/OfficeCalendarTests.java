package coop.agora.offices;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AgoraIntegrationTest
class OfficeCalendarTests {

    static final long BRUSSELS = 1;
    static final long LIEGE = 2;
    static final long LYON = 11;
    static final long PARIS = 12;
    static final ZoneId BELGIAN_TIME = ZoneId.of("Europe/Brussels");

    @Autowired
    OfficeCalendar calendar;

    @Autowired
    JdbcClient db;

    @Test
    void workingDaysSkipTheWeekend() {
        var thursday = LocalDate.of(2026, 10, 1);

        assertThat(calendar.addWorkingDays(BRUSSELS, thursday, 3)).isEqualTo(LocalDate.of(2026, 10, 6));
    }

    @Test
    void belgianNationalDayIsADayOffInBelgianOfficesOnly() {
        var fridayBefore = LocalDate.of(2026, 7, 17);

        assertThat(calendar.addWorkingDays(BRUSSELS, fridayBefore, 3)).isEqualTo(LocalDate.of(2026, 7, 23));
        assertThat(calendar.addWorkingDays(PARIS, fridayBefore, 3)).isEqualTo(LocalDate.of(2026, 7, 22));
    }

    @Test
    void frenchNationalDayIsADayOffInFrenchOfficesOnly() {
        var fridayBefore = LocalDate.of(2026, 7, 10);

        assertThat(calendar.addWorkingDays(PARIS, fridayBefore, 3)).isEqualTo(LocalDate.of(2026, 7, 16));
        assertThat(calendar.addWorkingDays(BRUSSELS, fridayBefore, 3)).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void anOfficesOwnClosureIsADayOffForThatOfficeOnce_itsHoursAreReadAgain() {
        var friday = LocalDate.of(2031, 3, 14);
        db.sql("insert into offices.closure (office_id, day, name_fr, name_nl, name_en) values (?, ?, 'Inventaire', 'Inventaris', 'Stocktaking')")
                .params(LYON, friday)
                .update();
        try {
            calendar.forget();

            assertThat(calendar.isWorkingDay(LYON, friday)).isFalse();
            assertThat(calendar.isWorkingDay(PARIS, friday)).isTrue();
            assertThat(calendar.addWorkingDays(LYON, friday.minusDays(1), 1)).isEqualTo(LocalDate.of(2031, 3, 17));
            assertThat(calendar.daysOff(LYON, friday, friday))
                    .singleElement()
                    .satisfies(dayOff -> assertThat(dayOff.name(Locale.forLanguageTag("nl"))).isEqualTo("Inventaris"));
        } finally {
            db.sql("delete from offices.closure where office_id = ? and day = ?").params(LYON, friday).update();
            calendar.forget();
        }
    }

    @Test
    void daysOffAreNamedInEachLanguage() {
        var july = calendar.daysOff(BRUSSELS, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));

        assertThat(july).singleElement().satisfies(nationalDay -> {
            assertThat(nationalDay.day()).isEqualTo(LocalDate.of(2026, 7, 21));
            assertThat(nationalDay.kind()).isEqualTo(DayOff.Kind.PUBLIC_HOLIDAY);
            assertThat(nationalDay.name(Locale.FRENCH)).isEqualTo("Fête Nationale");
            assertThat(nationalDay.name(Locale.forLanguageTag("nl"))).isEqualTo("Nationale dag");
        });
    }

    @Test
    void workingDaysBetweenCountsBackwardsAsNegative() {
        var monday = LocalDate.of(2026, 10, 5);
        var friday = LocalDate.of(2026, 10, 9);

        assertThat(calendar.workingDaysBetween(BRUSSELS, monday, friday)).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(BRUSSELS, friday, monday)).isEqualTo(-4);
    }

    @Test
    void openTimeCountsOnlyOpeningHoursOfWorkingDays() {
        var mondayEarly = LocalDateTime.of(2026, 10, 5, 8, 0).atZone(BELGIAN_TIME).toInstant();
        var tuesdayTen = LocalDateTime.of(2026, 10, 6, 10, 0).atZone(BELGIAN_TIME).toInstant();

        assertThat(calendar.openTimeBetween(BRUSSELS, mondayEarly, tuesdayTen)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void anOfficeClosedOnFridayAfternoonOpensAgainOnMondayMorning() {
        var fridayAfternoon = LocalDateTime.of(2026, 10, 9, 14, 0).atZone(BELGIAN_TIME).toInstant();

        assertThat(calendar.isOpen(LIEGE, fridayAfternoon)).isFalse();
        assertThat(calendar.isOpen(BRUSSELS, fridayAfternoon)).isTrue();
        assertThat(calendar.nextOpening(LIEGE, fridayAfternoon))
                .hasValueSatisfying(opening -> assertThat(opening.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 12, 9, 0)));
    }
}
