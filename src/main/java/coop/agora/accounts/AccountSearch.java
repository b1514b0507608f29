package coop.agora.accounts;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds accounts by name or address for the admins, tolerant to accents, typos and partial words;
 * every word typed must match.
 */
@Service
class AccountSearch {

    static final int PAGE_SIZE = 50;
    static final int MAX_QUERY = 200;

    private final EntityManager entityManager;

    AccountSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Page(List<AccountRow> rows, long total) {}

    @Transactional(readOnly = true)
    Page find(String query, @Nullable Role role, int page) {
        var text = query.strip();
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        var words = text;
        var result = Search.session(entityManager)
                .search(Account.class)
                .where((f, root) -> {
                    root.add(f.not(f.match().field("status").matching(AccountStatus.ERASED)));
                    if (role != null) {
                        root.add(f.match().field("roles").matching(role));
                    }
                    if (!words.isBlank()) {
                        root.add(f.or()
                                .add(f.match().fields("displayName", "email").matching(words)
                                        .minimumShouldMatchPercent(100)
                                        .boost(4))
                                .add(f.match().fields("displayNamePrefix", "emailPrefix").matching(words)
                                        .minimumShouldMatchPercent(100)
                                        .boost(2))
                                .add(f.match().fields("displayName", "email").matching(words)
                                        .fuzzy(words.length() > 4 ? 2 : 1)
                                        .minimumShouldMatchPercent(100)));
                    }
                })
                .sort(f -> words.isBlank() ? f.field("displayNameSort") : f.score().then().field("displayNameSort"))
                .fetch(Math.max(0, page) * PAGE_SIZE, PAGE_SIZE);
        return new Page(result.hits().stream().map(AccountRow::of).toList(), result.total().hitCount());
    }
}
