package coop.agora.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.accounts.Members;
import coop.agora.Visitor;
import coop.agora.helpdesk.Channel;
import coop.agora.helpdesk.HelpDesk;
import coop.agora.helpdesk.NewRequest;
import coop.agora.helpdesk.RequestAnswered;
import coop.agora.helpdesk.RequestStatus;
import coop.agora.helpdesk.RequestStatusChanged;
import java.util.List;
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
    void anAnswerToARequestThatCameByMailIsMailedOnceInItsThreadAndOnlyShownInTheNotificationCentre(
            @Autowired HelpDesk helpDesk, @Autowired org.springframework.test.web.servlet.assertj.MockMvcTester mvc) {
        var testing = testing();
        testing.startAfresh(MEMBER);
        var member = testing.id(MEMBER);
        var topic = db.sql("select id from helpdesk.topic where name_en = 'Other question'").query(Long.class).single();
        var requestId = helpDesk.receive(new NewRequest(member, member, topic, 6, Channel.EMAIL, "Stemmen per brief", "Kan dat?", List.of(), null));
        var advisor = new Visitor(mvc);
        advisor.signIn(ADVISOR, "agora-demo-2026");

        advisor.post("/desk/requests/" + requestId + "/write", "kind", "ADVISOR", "body", "Ja, met een volmacht.", "after", "ANSWERED");
        fanOut.drain();

        assertThat(testing.mailSubjects(MEMBER)).containsExactly("[#" + requestId + "] Stemmen per brief");
        assertThat(db.sql("select delivery from notifications.notification where member_id = ? and link = ?")
                .params(member, "/help/requests/" + requestId).query(String.class).single()).isEqualTo("IN_APP");
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
