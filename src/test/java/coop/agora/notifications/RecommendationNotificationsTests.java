package coop.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.accounts.Members;
import coop.agora.recommendations.RecommendationChanged;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

@AgoraIntegrationTest
class RecommendationNotificationsTests {

    @Autowired
    JdbcClient db;

    @Autowired
    Members members;

    @Autowired
    Notifications notifications;

    @Autowired
    FanOut fanOut;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theFollowersOfAChangedRecommendationAreToldInTheAppButNotTheAdvisorWhoChangedIt() {
        var testing = new NotificationTesting(db, members, notifications, fanOut);
        var follower = testing.id("lotte.peeters@agora.example");
        var advisor = testing.id("advisor@agora.example");
        var recommendation = 990_101L;

        events.publishEvent(new RecommendationChanged(recommendation, "Smart doit absolument revoir ses sites web", List.of(follower, advisor), advisor));
        fanOut.drain();

        var link = "/recommendations/" + recommendation + "#history";
        assertThat(db.sql("select member_id from notifications.notification where link = ?").param(link).query(Long.class).list()).containsExactly(follower);
        assertThat(db.sql("select delivery from notifications.notification where link = ?").param(link).query(String.class).single()).isEqualTo("IN_APP");
    }
}
