package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AgoraIntegrationTest
class SearchIndexRebuildTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void anAdminRebuildsTheSearchIndexesAndFollowsTheProgress() {
        var admin = new Visitor(mvc);
        admin.signIn("admin@agora.example", "agora-demo-2026");

        assertThat(admin.post("/admin/search/rebuild")).hasRedirectedUrl("/admin/search");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        admin.get("/admin/search", "HX-Request", "true"))
                .bodyText()
                .contains("La dernière reconstruction est terminée.")
                .doesNotContain("<html"));
        assertThat(admin.get("/admin/users?q=peeters")).bodyText().contains("Lotte Peeters");
    }

    @Test
    void onlyAdminsMayRebuild() {
        var member = new Visitor(mvc);
        member.signIn("member@agora.example", "agora-demo-2026");

        assertThat(member.post("/admin/search/rebuild")).hasStatus(403);
    }
}
