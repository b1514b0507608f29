package coop.agora.helpdesk;

import coop.agora.accounts.Members;
import coop.agora.accounts.Pole;
import coop.agora.offices.Offices;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over every request for advisors: subject, conversation and internal notes in
 * French, Dutch and English fields (accents never matter, "facture" finds "factures"), the member's
 * name and the reference; the best first, then the newest. Every word must match somewhere.
 */
@Service
class DeskSearch {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGES = 50;
    static final int MAX_QUERY = 200;
    private static final Pattern REFERENCE = Pattern.compile("#?\\s*(\\d{1,18})");

    private final EntityManagerFactory entityManagers;
    private final JdbcClient db;
    private final Members members;
    private final Offices offices;

    DeskSearch(EntityManagerFactory entityManagers, JdbcClient db, Members members, Offices offices) {
        this.entityManagers = entityManagers;
        this.db = db;
        this.members = members;
        this.offices = offices;
    }

    /** What an advisor asks for; null filters are not applied. */
    record Query(String words, @Nullable Pole pole, @Nullable Long officeId, @Nullable RequestStatus status, @Nullable Long topicId, int page) {}

    /** The request the words name, when they are a reference ("12345" or "#12345") of an existing request. */
    Optional<Long> referenced(String words) {
        var matcher = REFERENCE.matcher(words.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var id = Long.parseLong(matcher.group(1));
        return db.sql("select id from helpdesk.request where id = ?").param(id).query(Long.class).optional();
    }

    /**
     * Runs in a session of its own, outside any transaction: the index answers without the database,
     * which is read only for the twenty requests shown.
     */
    DeskSearchResults find(Query query, Locale locale) {
        var words = query.words().strip();
        if (words.isEmpty()) {
            return DeskSearchResults.NONE;
        }
        var text = words.length() > MAX_QUERY ? words.substring(0, MAX_QUERY) : words;
        var reference = REFERENCE.matcher(text);
        var page = Math.max(0, Math.min(query.page(), MAX_PAGES - 1));
        try (var entityManager = entityManagers.createEntityManager()) {
            var session = Search.session(entityManager);
            var result = session.search(IndexedRequest.class)
                    .select(f -> f.composite()
                            .from(f.id(Long.class), f.highlight(IndexedRequest.CONVERSATION[0]), f.highlight(IndexedRequest.NOTES[0]))
                            .asList())
                    .where(f -> matching(f, text, reference, query))
                    .highlighter(f -> f.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>").numberOfFragments(1))
                    .sort(f -> f.score().then().field("receivedAt").desc())
                    // Counting every request that mentions a common word costs more than finding the best ones.
                    .totalHitCountThreshold(MAX_PAGES * PAGE_SIZE)
                    .fetch(page * PAGE_SIZE, PAGE_SIZE);
            var ids = new ArrayList<Long>();
            var conversations = new HashMap<Long, String>();
            var notes = new HashMap<Long, String>();
            for (var hit : result.hits()) {
                var id = (Long) hit.get(0);
                ids.add(id);
                first(hit.get(1)).ifPresent(html -> conversations.put(id, html));
                first(hit.get(2)).ifPresent(html -> notes.put(id, html));
            }
            var snippets = new HashMap<Long, Snippet>();
            var unsure = ids.stream().filter(id -> !conversations.containsKey(id)).toList();
            var others = unsure.isEmpty() ? Map.<Long, Snippet>of() : otherLanguages(session, text, reference, query, unsure);
            for (var id : ids) {
                if (conversations.containsKey(id)) {
                    snippets.put(id, new Snippet(conversations.get(id), false));
                } else if (others.containsKey(id) && !others.get(id).fromNote()) {
                    snippets.put(id, others.get(id));
                } else if (notes.containsKey(id)) {
                    snippets.put(id, new Snippet(notes.get(id), true));
                } else if (others.containsKey(id)) {
                    snippets.put(id, others.get(id));
                }
            }
            var total = result.total().hitCountLowerBound();
            var more = page + 1 < MAX_PAGES && (long) (page + 1) * PAGE_SIZE < total;
            return new DeskSearchResults(hits(ids, snippets, locale), total, result.total().isHitCountExact(), more);
        }
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, String text, Matcher reference, Query query) {
        var bool = f.bool();
        var matching = f.simpleQueryString()
                .fields(IndexedRequest.SUBJECT).boost(2f)
                .fields(IndexedRequest.CONVERSATION)
                .fields(IndexedRequest.NOTES)
                .field("memberName").boost(2f)
                .matching(text)
                .defaultOperator(BooleanOperator.AND);
        if (reference.matches()) {
            bool.must(f.or(matching, f.match().field("reference").matching(reference.group(1)).boost(10f)));
        } else {
            bool.must(matching);
        }
        if (query.pole() != null) {
            bool.filter(f.match().field("pole").matching(query.pole().name()));
        }
        if (query.officeId() != null) {
            bool.filter(f.match().field("officeId").matching(query.officeId()));
        }
        if (query.status() != null) {
            bool.filter(f.match().field("status").matching(query.status().name()));
        }
        if (query.topicId() != null) {
            bool.filter(f.match().field("topicId").matching(query.topicId()));
        }
        return bool;
    }

    /**
     * The passages of the Dutch and English fields, for the shown requests whose conversation gave
     * none in French: the words may match there only through Dutch or English endings, or not in
     * the conversation at all. Highlighting re-reads each field of each request, so the first search
     * highlights only the French fields, which show most words as written, and this one the few left.
     */
    private static Map<Long, Snippet> otherLanguages(SearchSession session, String text, Matcher reference, Query query, List<Long> ids) {
        var hits = session.search(IndexedRequest.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class),
                                f.highlight(IndexedRequest.CONVERSATION[1]), f.highlight(IndexedRequest.CONVERSATION[2]),
                                f.highlight(IndexedRequest.NOTES[1]), f.highlight(IndexedRequest.NOTES[2]))
                        .asList())
                .where(f -> f.bool().must(matching(f, text, reference, query)).filter(f.id().matchingAny(ids)))
                .highlighter(f -> f.unified().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>").numberOfFragments(1))
                .fetchHits(ids.size());
        var snippets = new HashMap<Long, Snippet>();
        for (var hit : hits) {
            for (int i = 1; i < hit.size(); i++) {
                var html = first(hit.get(i));
                if (html.isPresent()) {
                    snippets.put((Long) hit.get(0), new Snippet(html.get(), i > 2));
                    break;
                }
            }
        }
        return snippets;
    }

    private static Optional<String> first(Object fragments) {
        return fragments instanceof List<?> list && !list.isEmpty() ? Optional.of(String.valueOf(list.get(0))) : Optional.empty();
    }

    private record Snippet(String html, boolean fromNote) {}

    private List<DeskSearchHit> hits(List<Long> ids, Map<Long, Snippet> snippets, Locale locale) {
        if (ids.isEmpty()) {
            return List.of();
        }
        record Row(long id, @Nullable Long memberId, String subject, RequestStatus status, long officeId, LocalDate dueOn) {}
        var rows = new HashMap<Long, Row>();
        db.sql("select id, member_id, subject, status, office_id, due_on from helpdesk.request where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query(row -> {
                    rows.put(row.getLong("id"), new Row(row.getLong("id"), (Long) row.getObject("member_id"), row.getString("subject"),
                            RequestStatus.valueOf(row.getString("status")), row.getLong("office_id"), row.getObject("due_on", LocalDate.class)));
                });
        // Id 0 is nobody's: its name is "former member", for requests whose member erased their account.
        var people = new HashSet<Long>(List.of(0L));
        rows.values().forEach(row -> {
            if (row.memberId() != null) {
                people.add(row.memberId());
            }
        });
        var names = members.displayNames(people, locale);
        var none = new Snippet("", false);
        return ids.stream()
                .filter(rows::containsKey)
                .map(rows::get)
                .map(row -> {
                    var snippet = snippets.getOrDefault(row.id(), none);
                    return new DeskSearchHit(row.id(), row.subject(), names.get(row.memberId() == null ? 0L : row.memberId()), row.status(),
                            offices.find(row.officeId()).map(office -> office.name(locale)).orElse(""), row.dueOn(), snippet.html(),
                            snippet.fromNote());
                })
                .toList();
    }
}
