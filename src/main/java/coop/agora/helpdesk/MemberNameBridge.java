package coop.agora.helpdesk;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import coop.agora.accounts.Members;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the member's name into their request's search document, so that an advisor finds a member's
 * requests by typing the name. Names are kept a few minutes: a rebuild indexes about twenty-five
 * requests per member and asks for each name once. A name changed since shows once the request is
 * next reindexed.
 */
@Component
class MemberNameBridge implements ValueBridge<Long, String> {

    // Looked up when first needed: the search engine creates its bridges while the persistence
    // layer, which the accounts module uses, is still starting.
    private final ObjectProvider<Members> members;
    private final Cache<Long, String> names = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    MemberNameBridge(ObjectProvider<Members> members) {
        this.members = members;
    }

    @Override
    public @Nullable String toIndexedValue(@Nullable Long memberId, ValueBridgeToIndexedValueContext context) {
        if (memberId == null) {
            return null;
        }
        return names.get(memberId, id -> members.getObject().displayNames(List.of(id), Locale.FRENCH).get(id));
    }
}
