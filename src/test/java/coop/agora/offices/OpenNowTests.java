package coop.agora.offices;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** "Open now" on the contact page, read at chosen moments around the end-of-year closure of 24 December 2026. */
@AgoraIntegrationTest
@Import(OpenNowTests.ChosenTime.class)
class OpenNowTests {

    private static final ZoneId BRUSSELS_TIME = ZoneId.of("Europe/Brussels");

    /** A clock set by the test, read by the application as its {@link Clock} bean. */
    static final class SettableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-12-23T09:00:00Z");

        void set(LocalDateTime brusselsTime) {
            now = brusselsTime.atZone(BRUSSELS_TIME).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return BRUSSELS_TIME;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ChosenTime {

        @Bean
        SettableClock clock() {
            return new SettableClock();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SettableClock clock;

    private String contactPage() throws Exception {
        return new Visitor(mvc).get("/contact?office=BXL").getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theDayBeforeTheClosureTheOfficeIsOpenDuringItsHours() throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 23, 10, 0));

        assertThat(contactPage()).contains("Ouvert maintenant");
    }

    @Test
    void duringLunchTheOfficeOpensAgainTheSameDay() throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 23, 12, 45));

        assertThat(contactPage()).contains("Fermé maintenant.").contains("Ouvre aujourd'hui à 13:30.");
    }

    @Test
    void onTheClosureDayTheOfficeOpensAfterChristmasAndTheWeekend() throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 24, 10, 0));

        assertThat(contactPage()).contains("Fermé maintenant.").contains("Ouvre le lundi 28 décembre à 09:00.")
                .contains("Fermeture de fin d'année");
    }
}
