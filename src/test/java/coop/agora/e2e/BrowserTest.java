package coop.agora.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real application on a random port and its database, driven from Debian's headless Chromium.
 * One browser per test class keeps the tests fast; each test gets fresh browser contexts, so no
 * cookie or session leaks from one test into another.
 *
 * <p>A missing Chromium skips the tests on a developer's machine, but fails them on CI, where it
 * would otherwise hide that no page was ever checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static final String ADMIN_EMAIL = "admin@agora.example";
    static final String DEMO_PASSWORD = "agora-demo-2026";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail(CHROMIUM + " is missing: CI must run the browser tests");
            }
            abort(CHROMIUM + " is missing: browser tests skipped");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var arguments = new ArrayList<>(List.of(
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"));
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium refuses to start as root with its sandbox on, as in CI containers.
            arguments.add("--no-sandbox");
        }
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(arguments));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A page in a new browser whose preferred language is {@code locale}, such as {@code fr-BE}. */
    Page browserSpeaking(String locale) {
        return open(baseOptions(locale));
    }

    Page browserWithoutJavaScriptSpeaking(String locale) {
        return open(baseOptions(locale).setJavaScriptEnabled(false));
    }

    private Browser.NewContextOptions baseOptions(String locale) {
        return new Browser.NewContextOptions().setBaseURL("http://localhost:" + port).setLocale(locale);
    }

    private Page open(Browser.NewContextOptions options) {
        var context = browser.newContext(options);
        contexts.add(context);
        return context.newPage();
    }

    /** A new browser speaking French, signed in with the demo password to the account of {@code email}. */
    Page signedIn(String email) {
        var page = browserSpeaking("fr-BE");
        page.navigate("/login");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(Pattern.compile("/$"));
        return page;
    }

    /** The form field whose label is {@code text}, the whole of it. */
    static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** A link of the main navigation, by its whole name, on a page in French. */
    static Locator navigation(Page page, String link) {
        return navigation(page, "Menu principal", link);
    }

    /** A link of the main navigation, by its whole name, the menu named in the page's language. */
    static Locator navigation(Page page, String menu, String link) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(menu))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link).setExact(true));
    }

    /** An address no other test uses, since all tests share one database. */
    static String newAddress(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /**
     * Fails with every problem axe-core finds on the page as shown now, one line per element. What
     * axe-core leaves for a person to review, such as text as dark as its background, fails too:
     * no one reviews a test run.
     */
    static void assertAccessible(Page page) {
        var results = new AxeBuilder(page).analyze();
        assertFalse(results.isErrored(), () -> "axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        var problems = Stream.concat(
                        results.getViolations().stream().map(rule -> describe("violation", rule)),
                        results.getIncomplete().stream().map(rule -> describe("to review", rule)))
                .toList();
        assertTrue(problems.isEmpty(), () -> "Accessibility problems on " + page.url() + ":\n" + String.join("\n", problems));
    }

    private static String describe(String kind, Rule rule) {
        return rule.getNodes().stream()
                .map(node -> "- " + kind + " " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": "
                        + rule.getHelp() + "\n    " + node.getHtml()
                        + "\n    " + Objects.toString(node.getFailureSummary(), "").replace("\n", "\n    "))
                .collect(Collectors.joining("\n"));
    }
}
