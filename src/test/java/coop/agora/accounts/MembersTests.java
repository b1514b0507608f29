package coop.agora.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AgoraIntegrationTest
class MembersTests {

    @Autowired
    Members members;

    @Test
    void aPolesAdvisorsAreThoseWhoWorkForIt() {
        var advisorId = members.idOf("advisor@agora.example").orElseThrow();

        assertThat(members.advisors(Pole.ACTIVITY_SECURING))
                .anySatisfy(advisor -> {
                    assertThat(advisor.id()).isEqualTo(advisorId);
                    assertThat(advisor.poles()).containsExactlyInAnyOrder(Pole.ACTIVITY_SECURING, Pole.FIRST_LINE);
                    assertThat(advisor.offices()).isNotEmpty();
                });
        assertThat(members.advisors(Pole.COOPERATIVE_LIFE)).noneMatch(advisor -> advisor.id() == advisorId);
    }

    @Test
    void aMembersHomeOfficeIsTheOneTheyChose() {
        var memberId = members.idOf("member@agora.example").orElseThrow();

        assertThat(members.homeOffice(memberId)).isPresent();
    }
}
