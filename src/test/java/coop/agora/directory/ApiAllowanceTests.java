package coop.agora.directory;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The tests' configuration allows 20 calls per client and minute. */
@AgoraIntegrationTest
class ApiAllowanceTests {

    static final int ALLOWED_PER_MINUTE = 20;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Test
    void aScriptCallingTheApiTooOftenIsAskedToWaitInItsLanguage() {
        var script = new Visitor(mvc).speaking("nl-BE");
        for (var call = 0; call < ALLOWED_PER_MINUTE; call++) {
            assertThat(script.get("/api/v1/members?q=piano")).hasStatusOk();
        }

        var refused = script.get("/api/v1/members?q=piano");

        assertThat(refused).hasStatus(429).hasHeader("Retry-After", "3");
        assertThat(refused).bodyJson().extractingPath("$.error").asString().startsWith("Te veel verzoeken");
    }

    @Test
    void eachMemberHasTheirOwnAllowance() {
        var first = new TestMembers(mvc, db).signedIn("Premier Appelant", "fr");
        for (var call = 0; call <= ALLOWED_PER_MINUTE; call++) {
            first.visitor().get("/api/v1/members?q=piano");
        }

        var second = new TestMembers(mvc, db).signedIn("Second Appelant", "fr");

        assertThat(first.visitor().get("/api/v1/members?q=piano")).hasStatus(429);
        assertThat(second.visitor().get("/api/v1/members?q=piano")).hasStatusOk();
    }
}
