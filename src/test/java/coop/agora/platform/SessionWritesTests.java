package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class SessionWritesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    private String signedInMember(Visitor visitor) {
        var email = "session." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var hash = db.sql("select password_hash from accounts.account where email = 'member@agora.example'").query(String.class).single();
        var id = db.sql("""
                        insert into accounts.account (email, password_hash, display_name, language, status, verified_at)
                        values (?, ?, 'Session Member', 'fr', 'ACTIVE', now()) returning id""")
                .params(email, hash)
                .query(Long.class)
                .single();
        db.sql("insert into accounts.account_role (account_id, role) values (?, 'MEMBER')").param(id).update();
        visitor.signIn(email, "agora-demo-2026");
        return email;
    }

    private long lastAccessOf(String email) {
        return db.sql("select last_access_time from platform.spring_session where principal_name = ?").param(email).query(Long.class).single();
    }

    @Test
    void pagesReadWithinAMinuteDoNotRewriteTheSession() {
        var visitor = new Visitor(mvc);
        var email = signedInMember(visitor);
        visitor.get("/account");
        var written = lastAccessOf(email);

        visitor.get("/account");
        visitor.get("/");

        assertThat(lastAccessOf(email)).isEqualTo(written);
    }

    @Test
    void theLastAccessIsWrittenAgainOnceItMovedByAMinute() {
        var visitor = new Visitor(mvc);
        var email = signedInMember(visitor);
        db.sql("update platform.spring_session set last_access_time = last_access_time - 120000 where principal_name = ?").param(email).update();
        var old = lastAccessOf(email);

        assertThat(visitor.get("/account")).hasStatusOk();

        assertThat(lastAccessOf(email)).isGreaterThanOrEqualTo(old + 120000);
    }

    @Test
    void theSessionStillFollowsTheMemberAfterSignIn() {
        var visitor = new Visitor(mvc);
        signedInMember(visitor);

        assertThat(visitor.get("/account")).hasStatusOk().bodyText().contains("Session Member");
    }

    @Test
    void twoRequestsOfOneSessionAddingTheSameAttributeAtOnceBothSucceed() {
        assertThat(noticeAfterTwoRequestsAddedIt(sessions)).isEqualTo("second");
    }

    private static <S extends Session> String noticeAfterTwoRequestsAddedIt(SessionRepository<S> repository) {
        var session = repository.createSession();
        repository.save(session);
        var firstRequest = repository.findById(session.getId());
        var secondRequest = repository.findById(session.getId());
        firstRequest.setAttribute("notice", "first");
        secondRequest.setAttribute("notice", "second");

        repository.save(firstRequest);
        repository.save(secondRequest);

        return repository.findById(session.getId()).getAttribute("notice");
    }
}
