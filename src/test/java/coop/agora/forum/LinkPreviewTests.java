package coop.agora.forum;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import coop.agora.AgoraIntegrationTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Cards for links, served by a small web server on this machine, which only tests may reach;
 * the job that fetches pages in the background is run by hand here.
 */
@AgoraIntegrationTest
class LinkPreviewTests {

    private static final String PAGE = """
            <html><head><title>Plain title</title>
            <meta property="og:title" content="Coopérative &amp; Co — <b>l'atelier</b>">
            <meta property="og:description" content="Un atelier partagé à Namur.">
            <meta property="og:site_name" content="Atelier Namur">
            </head><body>Bonjour</body></html>""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient db;

    @Autowired
    LinkPreviews previews;

    @Autowired
    LinkFetcher fetcher;

    ForumPeople people;
    HttpServer server;
    String base;

    @BeforeEach
    void setUp() throws IOException {
        people = new ForumPeople(mvc, db);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/atelier", exchange -> {
            var bytes = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            var chunk = ("<p>" + "x".repeat(1000) + "</p>").getBytes(StandardCharsets.UTF_8);
            try (var body = exchange.getResponseBody()) {
                body.write("<html><head><title>Huge</title></head><body>".getBytes(StandardCharsets.UTF_8));
                for (var i = 0; i < 700; i++) {
                    body.write(chunk);
                }
            } catch (IOException stopped) {
                // The reader gave up, as it should.
            }
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/to-private", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.0.0.7/admin");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/hop", exchange -> {
            var hops = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().add("Location", hops == 0 ? "/atelier" : "/hop?" + (hops - 1));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/image", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, 4);
            exchange.getResponseBody().write(new byte[] {1, 2, 3, 4});
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void tearDown() {
        previews.enable(false);
        server.stop(0);
    }

    private long postWithLink(ForumPeople.Person author, String url) {
        var category = people.category("liens");
        return people.topic(author, category, "Un lien à partager", "Regardez [cette page](" + url + "), elle est utile.");
    }

    /**
     * Runs the background job until none of this server's pages waits. Another application started
     * by other tests on the same database may be fetching one of them, as another node would: its
     * page is then skipped here until that node is done.
     */
    private void fetchEverythingWaiting() throws InterruptedException {
        for (var round = 0; round < 100 && waiting() > 0; round++) {
            if (previews.fetchWaiting() == 0) {
                Thread.sleep(100);
            }
        }
    }

    private long waiting() {
        return db.sql("select count(*) from forum.link_preview where status = 'WAITING' and url like ?").param(base + "%").query(Long.class).single();
    }

    @Test
    void withCardsOffByDefaultNothingIsQueuedFetchedOrShown() throws InterruptedException {
        var author = people.member("Paula", "HIDDEN", "ADVISOR");
        var topic = postWithLink(author, base + "/atelier?off");

        fetchEverythingWaiting();

        assertThat(db.sql("select count(*) from forum.link_preview where url like ?").param(base + "%").query(Long.class).single()).isZero();
        assertThat(author.visitor().get("/forum/t/" + topic)).bodyText().doesNotContain("Atelier Namur");
    }

    @Test
    void withCardsOnAPostShowsTheCardOfItsFirstLinkOnceFetchedInTheBackground() throws InterruptedException {
        var admin = people.member("Quentin", "HIDDEN", "ADMIN", "ADVISOR");
        assertThat(admin.visitor().post("/admin/forum/link-previews", "enabled", "true")).hasRedirectedUrl("/admin/forum");
        var topic = postWithLink(admin, base + "/atelier");

        assertThat(admin.visitor().get("/forum/t/" + topic)).hasStatusOk().bodyText().doesNotContain("Atelier Namur");
        fetchEverythingWaiting();

        var page = admin.visitor().get("/forum/t/" + topic);
        assertThat(page).bodyText().contains("Atelier Namur").contains("Un atelier partagé à Namur.");
        assertThat(page).bodyText().contains("Coopérative &amp; Co — l").doesNotContain("<b>l");
        assertThat(db.sql("select fetched_at is not null from forum.link_preview where url = ?").param(base + "/atelier").query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void privateAddressesAreRefusedEvenBehindARedirect() {
        assertThat(fetcher.allowed(URI.create("http://10.1.2.3/"))).isFalse();
        assertThat(fetcher.allowed(URI.create("http://192.168.1.1/"))).isFalse();
        assertThat(fetcher.allowed(URI.create("http://169.254.169.254/latest/meta-data"))).isFalse();
        assertThat(fetcher.allowed(URI.create("http://[fd00::1]/"))).isFalse();
        assertThat(fetcher.allowed(URI.create("http://[::ffff:10.0.0.1]/"))).isFalse();
        assertThat(fetcher.allowed(URI.create("ftp://example.org/"))).isFalse();
        assertThat(fetcher.allowed(URI.create("file:///etc/passwd"))).isFalse();

        assertThat(fetcher.fetch(base + "/to-private")).isEmpty();
        assertThat(fetcher.fetch(base + "/hop?1")).isPresent();
        assertThat(fetcher.fetch(base + "/hop?2")).isEmpty();
    }

    @Test
    void aPageTooLargeTooSlowOrNotHtmlGetsNoCardAndThePostStaysAsItIs() throws InterruptedException {
        var admin = people.member("Rosa", "HIDDEN", "ADMIN", "ADVISOR");
        admin.visitor().post("/admin/forum/link-previews", "enabled", "true");
        var huge = postWithLink(admin, base + "/huge");
        var slow = postWithLink(admin, base + "/slow");
        var image = postWithLink(admin, base + "/image");

        fetchEverythingWaiting();

        assertThat(db.sql("select status from forum.link_preview where url in (?, ?, ?)").params(base + "/huge", base + "/slow", base + "/image")
                .query(String.class).list()).containsExactly("FAILED", "FAILED", "FAILED");
        for (var topic : new long[] {huge, slow, image}) {
            assertThat(admin.visitor().get("/forum/t/" + topic)).hasStatusOk().bodyText().contains("elle est utile.")
                    .doesNotContain("link-card");
        }
    }
}
