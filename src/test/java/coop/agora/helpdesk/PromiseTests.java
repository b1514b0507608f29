package coop.agora.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AgoraIntegrationTest
class PromiseTests {

    static final long BRUSSELS = 1;
    static final long PARIS = 12;

    @Autowired
    Promise promise;

    private static Instant at(String localDateTime, String zone) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    @Test
    void aRequestReceivedOnFridayIsDueAfterTheWeekend() {
        var friday = at("2026-10-02T10:00", "Europe/Brussels");

        assertThat(promise.dueDate(BRUSSELS, friday, 3)).isEqualTo(LocalDate.of(2026, 10, 7));
    }

    @Test
    void theBelgianNationalDaySkipsADayForABelgianOfficeOnly() {
        var fridayBefore21July = at("2026-07-17T10:00", "Europe/Brussels");

        assertThat(promise.dueDate(BRUSSELS, fridayBefore21July, 3)).isEqualTo(LocalDate.of(2026, 7, 23));
        assertThat(promise.dueDate(PARIS, fridayBefore21July, 3)).isEqualTo(LocalDate.of(2026, 7, 22));
    }

    @Test
    void theFrenchNationalDaySkipsADayForAFrenchOfficeOnly() {
        var fridayBefore14July = at("2026-07-10T10:00", "Europe/Paris");

        assertThat(promise.dueDate(PARIS, fridayBefore14July, 3)).isEqualTo(LocalDate.of(2026, 7, 16));
        assertThat(promise.dueDate(BRUSSELS, fridayBefore14July, 3)).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void theDayIsTheOfficesDayNotUniversalTime() {
        var mondayJustAfterMidnightInBrussels = at("2026-10-05T00:30", "Europe/Brussels");

        assertThat(promise.dueDate(BRUSSELS, mondayJustAfterMidnightInBrussels, 1)).isEqualTo(LocalDate.of(2026, 10, 6));
    }

    @Test
    void businessDaysSpentWaitingForTheMemberAreGivenBack() {
        var askedOnMonday = at("2026-10-05T11:00", "Europe/Brussels");
        var answeredOnThursday = at("2026-10-08T09:00", "Europe/Brussels");

        var resumed = promise.resumed(BRUSSELS, LocalDate.of(2026, 10, 7), askedOnMonday, answeredOnThursday);

        assertThat(resumed).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aWeekendSpentWaitingMovesNothing() {
        var askedOnSaturday = at("2026-10-03T11:00", "Europe/Brussels");
        var answeredOnSunday = at("2026-10-04T18:00", "Europe/Brussels");

        assertThat(promise.resumed(BRUSSELS, LocalDate.of(2026, 10, 7), askedOnSaturday, answeredOnSunday)).isEqualTo(LocalDate.of(2026, 10, 7));
    }

    @Test
    void aRequestDueWithinOneBusinessDayIsAtRiskAndAfterItsDateBreached() {
        var friday = LocalDate.of(2026, 10, 2);

        assertThat(promise.urgency(BRUSSELS, RequestStatus.RECEIVED, LocalDate.of(2026, 10, 5), friday)).isEqualTo(Urgency.AT_RISK);
        assertThat(promise.urgency(BRUSSELS, RequestStatus.RECEIVED, LocalDate.of(2026, 10, 6), friday)).isEqualTo(Urgency.ON_TRACK);
        assertThat(promise.urgency(BRUSSELS, RequestStatus.IN_PROGRESS, LocalDate.of(2026, 10, 1), friday)).isEqualTo(Urgency.BREACHED);
        assertThat(promise.urgency(BRUSSELS, RequestStatus.WAITING_MEMBER, LocalDate.of(2026, 10, 1), friday)).isEqualTo(Urgency.NONE);
    }
}
