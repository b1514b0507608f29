package coop.agora.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The glossary of cooperative jargon. Articles show the first use of each term as a link to its
 * definition, with the definition shown on hover and on keyboard focus and read out with the link.
 * Terms are few and read on every article page, so they are kept in memory until they change.
 */
@Service
class Glossary {

    static final int MAX_TERM = 80;
    static final int MAX_DEFINITION = 500;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SKIPPED = Pattern.compile("^</?(a|code|pre|h[1-6])\\b", Pattern.CASE_INSENSITIVE);

    private final JdbcClient db;
    private volatile @Nullable Map<String, List<GlossaryTerm>> byLanguage;
    private final AtomicLong version = new AtomicLong();

    Glossary(JdbcClient db) {
        this.db = db;
    }

    List<GlossaryTerm> terms(String language) {
        var known = byLanguage;
        if (known == null) {
            known = db.sql("select id, language, term, definition from knowledge.glossary_term order by lower(term)")
                    .query(GlossaryTerm.class).list().stream()
                    .collect(Collectors.groupingBy(GlossaryTerm::language));
            byLanguage = known;
        }
        return known.getOrDefault(language, List.of());
    }

    /** Adds a term; false when the language already has it. */
    boolean add(String language, String term, String definition, long editorId) {
        try {
            db.sql("insert into knowledge.glossary_term (language, term, definition, created_by) values (?, ?, ?, ?)")
                    .params(language, term, definition, editorId).update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        forget();
        return true;
    }

    void remove(long id) {
        db.sql("delete from knowledge.glossary_term where id = ?").param(id).update();
        forget();
    }

    private void forget() {
        byLanguage = null;
        version.incrementAndGet();
    }

    /** Changes with every change of the glossary, so that pages marked with an older glossary are marked again. */
    long version() {
        return version.get();
    }

    /**
     * Marks in safe HTML the first use of each term of the language not marked yet, outside links,
     * code and headings; {@code marked} carries the terms already marked on the same page.
     */
    String annotate(String html, String language, Set<Long> marked) {
        var terms = terms(language).stream().filter(term -> !marked.contains(term.id()))
                .sorted(Comparator.comparingInt((GlossaryTerm term) -> term.term().length()).reversed()).toList();
        if (terms.isEmpty()) {
            return html;
        }
        var result = new StringBuilder(html.length() + 256);
        var skipped = 0;
        var position = 0;
        var tags = TAG.matcher(html);
        var done = new HashSet<Long>();
        while (position < html.length()) {
            var found = tags.find(position);
            var end = found ? tags.start() : html.length();
            var text = html.substring(position, end);
            result.append(skipped > 0 ? text : mark(text, terms, marked, done));
            if (!found) {
                break;
            }
            var tag = tags.group();
            if (SKIPPED.matcher(tag).find()) {
                skipped += tag.startsWith("</") ? -1 : 1;
                skipped = Math.max(skipped, 0);
            }
            result.append(tag);
            position = tags.end();
        }
        return result.toString();
    }

    /** Links the first use of each term in a piece of text; longer terms win where terms overlap. */
    private static String mark(String text, List<GlossaryTerm> terms, Set<Long> marked, Set<Long> done) {
        record Use(int start, int end, GlossaryTerm term) {}
        var uses = new ArrayList<Use>();
        for (var term : terms) {
            if (done.contains(term.id())) {
                continue;
            }
            var matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(HtmlUtils.htmlEscape(term.term(), "UTF-8")) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (matcher.find()) {
                var start = matcher.start();
                var end = matcher.end();
                if (uses.stream().noneMatch(use -> start < use.end() && use.start() < end)) {
                    uses.add(new Use(start, end, term));
                    done.add(term.id());
                    marked.add(term.id());
                    break;
                }
            }
        }
        if (uses.isEmpty()) {
            return text;
        }
        uses.sort(Comparator.comparingInt(Use::start));
        var result = new StringBuilder(text.length() + uses.size() * 120);
        var position = 0;
        for (var use : uses) {
            result.append(text, position, use.start())
                    .append("<a class=\"term\" href=\"/knowledge/glossary#term-").append(use.term().id()).append("\">")
                    .append(text, use.start(), use.end())
                    .append("<span class=\"term-tip\"> (").append(HtmlUtils.htmlEscape(use.term().definition(), "UTF-8")).append(")</span></a>");
            position = use.end();
        }
        return result.append(text.substring(position)).toString();
    }
}
