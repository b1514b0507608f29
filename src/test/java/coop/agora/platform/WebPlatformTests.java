package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import coop.agora.Visitor;
import jakarta.servlet.RequestDispatcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@AgoraIntegrationTest
class WebPlatformTests {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    private static final Pattern INLINE_HANDLER_OR_STYLE = Pattern.compile("\\s(on[a-z]+|style)=", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvcTester mvc;

    @Test
    void pagesSendAStrictContentSecurityPolicyAndOtherProtectiveHeaders() {
        var page = new Visitor(mvc).get("/");

        assertThat(page).headers()
                .hasValue("X-Frame-Options", "DENY")
                .hasValue("X-Content-Type-Options", "nosniff")
                .hasValue("Referrer-Policy", "same-origin");
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void pagesNeedNoInlineScriptOrStyle() throws Exception {
        var visitor = new Visitor(mvc);
        visitor.signIn("admin@agora.example", "agora-demo-2026");

        for (var path : new String[] {"/", "/account", "/admin/users", "/admin/outbox", "/admin/search"}) {
            var html = visitor.get(path).getResponse().getContentAsString();
            assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script on %s", path).isFalse();
            assertThat(INLINE_HANDLER_OR_STYLE.matcher(html).find()).as("inline handler or style on %s", path).isFalse();
        }
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndOtherSites() {
        var signedIn = new Visitor(mvc).signIn("member@agora.example", "agora-demo-2026");

        assertThat(signedIn.getResponse().getHeaders("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("AGORA_SESSION=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void theLanguageFollowsTheBrowserUntilThePersonPicksOne() {
        var visitor = new Visitor(mvc).speaking("nl-BE,nl;q=0.9,fr;q=0.5");
        assertThat(visitor.get("/")).bodyText().contains("<html lang=\"nl\">").contains("Account maken");

        assertThat(visitor.post("/language", "lang", "en", "back", "/")).hasRedirectedUrl("/");

        assertThat(visitor.get("/")).bodyText().contains("<html lang=\"en\">").contains("Create an account");
    }

    @Test
    void anUnsupportedBrowserLanguageFallsBackToFrench() {
        assertThat(new Visitor(mvc).speaking("de-DE").get("/")).bodyText().contains("<html lang=\"fr\">");
        assertThat(new Visitor(mvc).speaking(";;garbage==").get("/")).hasStatusOk();
    }

    @Test
    void theLanguageSwitchNeverSendsSomeoneToAnotherSite() {
        var visitor = new Visitor(mvc);

        assertThat(visitor.post("/language", "lang", "nl", "back", "https://evil.example/")).hasRedirectedUrl("/");
        assertThat(visitor.post("/language", "lang", "nl", "back", "//evil.example/")).hasRedirectedUrl("/");
        assertThat(visitor.post("/language", "lang", "nl", "back", "/account?tab=1")).hasRedirectedUrl("/account?tab=1");
    }

    @Test
    void aFormWithoutItsAntiForgeryTokenIsRefused() {
        var visitor = new Visitor(mvc);

        assertThat(visitor.postWithoutFormToken("/register", "displayName", "X", "email", "x@example.org")).hasStatus(403);
    }

    @Test
    void errorPagesAreTranslatedAndKeepTheSiteLayout() {
        assertThat(errorPage(404, "nl")).hasStatus(404).bodyText().contains("Pagina niet gevonden").contains("<main id=\"main\"");
        assertThat(errorPage(403, "fr")).hasStatus(403).bodyText().contains("Vous ne pouvez pas ouvrir cette page");
        assertThat(errorPage(500, "en")).hasStatus(500).bodyText().contains("Something went wrong on our side");
    }

    /** What the servlet container shows after a failed request; the mock web layer does not forward there itself. */
    private MvcTestResult errorPage(int status, String language) {
        return mvc.get().uri("/error")
                .header("Accept-Language", language)
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                .exchange();
    }

    @Test
    void healthIsPublicButMetricsAreNot() {
        assertThat(new Visitor(mvc).get("/actuator/health")).hasStatusOk().bodyText().contains("UP");
        assertThat(new Visitor(mvc).get("/actuator/prometheus").getResponse().getStatus()).isNotEqualTo(200);
    }

    @Test
    void navigationShowsAdminPagesOnlyToAdmins() {
        var member = new Visitor(mvc);
        member.signIn("member@agora.example", "agora-demo-2026");
        var admin = new Visitor(mvc);
        admin.signIn("admin@agora.example", "agora-demo-2026");

        assertThat(member.get("/")).bodyText().contains("href=\"/account\"").doesNotContain("href=\"/admin/users\"");
        assertThat(admin.get("/")).bodyText().contains("href=\"/admin/users\"").contains("href=\"/admin/outbox\"");
    }
}
