package coop.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.accounts.Members;
import coop.agora.helpdesk.RequestAnswered;
import coop.agora.helpdesk.RequestStatus;
import coop.agora.helpdesk.RequestStatusChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

@AgoraIntegrationTest
class HelpdeskNotificationsTests {

    static final String MEMBER = "wout.claes@agora.example";
    static final String ADVISOR = "advisor@agora.example";

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

    private NotificationTesting testing() {
        return new NotificationTesting(db, members, notifications, fanOut);
    }

    private long notificationsLinkingTo(String link) {
        return db.sql("select count(*) from notifications.notification where member_id = ? and link = ?")
                .params(testing().id(MEMBER), link)
                .query(Long.class)
                .single();
    }

    @Test
    void anAnswerToTheirRequestReachesTheMemberByMailAtOnceByDefault() {
        var testing = testing();
        testing.startAfresh(MEMBER);
        var requestId = 990_001L;

        events.publishEvent(new RequestAnswered(requestId, testing.id(MEMBER), testing.id(ADVISOR), 1L));
        fanOut.drain();

        assertThat(notificationsLinkingTo("/help/requests/" + requestId)).isEqualTo(1);
        assertThat(testing.mailSubjects(MEMBER)).hasSize(1);
    }

    @Test
    void aStatusTheMemberChangedThemselvesIsNotToldBackToThem() {
        var testing = testing();
        var member = testing.id(MEMBER);
        var own = 990_002L;
        var byAdvisor = 990_003L;

        events.publishEvent(new RequestStatusChanged(own, member, RequestStatus.CLOSED, member));
        events.publishEvent(new RequestStatusChanged(byAdvisor, member, RequestStatus.IN_PROGRESS, testing.id(ADVISOR)));
        fanOut.drain();

        assertThat(notificationsLinkingTo("/help/requests/" + own)).isZero();
        assertThat(notificationsLinkingTo("/help/requests/" + byAdvisor)).isEqualTo(1);
    }
}
