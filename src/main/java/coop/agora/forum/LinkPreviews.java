package coop.agora.forum;

import coop.agora.platform.PlatformSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Link cards: whether they are on, which link of a post gets one, and the pages waiting to be
 * fetched. Posting only queues the address; a background job fetches it, so a slow or hostile
 * site never delays a post.
 */
@Component
class LinkPreviews {

    private static final Logger log = LoggerFactory.getLogger(LinkPreviews.class);
    static final String SETTING = "link-previews";
    private static final int MAX_URL = 2000;
    private static final int FETCHED_PER_RUN = 3;

    private final JdbcClient db;
    private final LinkPreviewSettings settings;
    private final LinkFetcher fetcher;
    private final TransactionTemplate transactions;
    private final String ownHost;
    /** The admins' choice as this node last read it; asked again every few seconds, so that a change on another node shows soon. */
    private volatile @Nullable Choice choice;

    private record Choice(boolean enabled, Instant until) {}

    private static final Duration CHOICE_KEPT_FOR = Duration.ofSeconds(10);

    LinkPreviews(JdbcClient db, LinkPreviewSettings settings, LinkFetcher fetcher, TransactionTemplate transactions, PlatformSettings platform) {
        this.db = db;
        this.settings = settings;
        this.fetcher = fetcher;
        this.transactions = transactions;
        this.ownHost = platform.baseUrl().getHost() == null ? "" : platform.baseUrl().getHost().toLowerCase(Locale.ROOT);
    }

    /** An admin's choice on the forum's admin page, or the configured default. */
    boolean enabled() {
        var known = choice;
        if (known != null && known.until().isAfter(Instant.now())) {
            return known.enabled();
        }
        var enabled = db.sql("select value from forum.setting where name = ?")
                .param(SETTING)
                .query(String.class)
                .optional()
                .map(Boolean::parseBoolean)
                .orElse(settings.enabled());
        choice = new Choice(enabled, Instant.now().plus(CHOICE_KEPT_FOR));
        return enabled;
    }

    void enable(boolean enabled) {
        db.sql("insert into forum.setting (name, value) values (?, ?) on conflict (name) do update set value = excluded.value")
                .params(SETTING, String.valueOf(enabled))
                .update();
        choice = new Choice(enabled, Instant.now().plus(CHOICE_KEPT_FOR));
    }

    /**
     * Notes the first external link of a post, and queues its page unless it was fetched in the
     * last month; with cards off, nothing is noted.
     */
    void remember(long postId, String bodyHtml) {
        if (!enabled()) {
            return;
        }
        db.sql("delete from forum.post_link where post_id = ?").param(postId).update();
        var url = firstExternalLink(bodyHtml);
        if (url.isEmpty()) {
            return;
        }
        db.sql("insert into forum.post_link (post_id, url) values (?, ?)").params(postId, url.get()).update();
        db.sql("""
                        insert into forum.link_preview (url) values (?)
                        on conflict (url) do update set status = 'WAITING', queued_at = now()
                        where link_preview.fetched_at < now() - interval '30 days'""")
                .param(url.get())
                .update();
    }

    Optional<String> firstExternalLink(String bodyHtml) {
        for (var anchor : Jsoup.parseBodyFragment(bodyHtml).select("a[href]")) {
            var href = anchor.attr("href").strip();
            try {
                var uri = new URI(href);
                var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && href.length() <= MAX_URL
                        && !uri.getHost().toLowerCase(Locale.ROOT).equals(ownHost)) {
                    return Optional.of(href);
                }
            } catch (URISyntaxException e) {
                // Not an address a card could be made for; the next link may be.
            }
        }
        return Optional.empty();
    }

    /** The cards of these posts that have one, by post; none while cards are off. */
    Map<Long, LinkPreview> of(Collection<Long> postIds) {
        var cards = new HashMap<Long, LinkPreview>();
        if (postIds.isEmpty() || !enabled()) {
            return cards;
        }
        db.sql("""
                        select l.post_id, p.url, p.title, p.description, p.site_name
                        from forum.post_link l join forum.link_preview p on p.url = l.url
                        where l.post_id = any(?) and p.status = 'FETCHED'""")
                .param(postIds.toArray(Long[]::new))
                .query(row -> {
                    cards.put(row.getLong("post_id"), new LinkPreview(row.getString("url"), row.getString("title"),
                            row.getString("description"), row.getString("site_name")));
                });
        return cards;
    }

    /**
     * Fetches a few waiting pages; several nodes share the queue, each taking pages no other node
     * holds. Returns how many were tried.
     */
    int fetchWaiting() {
        var tried = 0;
        while (tried < FETCHED_PER_RUN) {
            var done = transactions.execute(status -> {
                var url = db.sql("""
                                select url from forum.link_preview where status = 'WAITING'
                                order by queued_at limit 1 for update skip locked""")
                        .query(String.class)
                        .optional();
                url.ifPresent(this::fetch);
                return url.isPresent();
            });
            if (!Boolean.TRUE.equals(done)) {
                break;
            }
            tried++;
        }
        return tried;
    }

    private void fetch(String url) {
        var page = fetcher.fetch(url);
        if (page.isEmpty()) {
            log.debug("No link card for {}", url);
            db.sql("update forum.link_preview set status = 'FAILED', fetched_at = now() where url = ?").param(url).update();
            return;
        }
        db.sql("""
                        update forum.link_preview set status = 'FETCHED', title = ?, description = ?, site_name = ?, fetched_at = now()
                        where url = ?""")
                .params(page.get().title(), page.get().description(), page.get().siteName(), url)
                .update();
    }
}
