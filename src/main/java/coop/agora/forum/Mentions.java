package coop.agora.forum;

import coop.agora.accounts.Members;
import coop.agora.directory.DirectoryFacts;
import coop.agora.directory.DirectoryFacts.Findable;
import coop.agora.platform.Languages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who an author may mention, written as {@code @} and their name: people who took part in the
 * topic, and members who chose to be found in the directory and can read the category. A member
 * with a hidden profile is never suggested nor told, unless they took part in the topic.
 */
@Component
class Mentions {

    static final int MAX_SUGGESTIONS = 8;
    /** Enough for a message that greets a whole team; more {@code @} signs are read as text. */
    private static final int MAX_NAMES_LOOKED_UP = 20;
    private static final int MAX_FOUND_PER_NAME = 50;
    private static final Pattern MENTION = Pattern.compile("@(\\p{L}[\\p{L}\\p{M}'’.-]*)");

    private final JdbcClient db;
    private final Members members;
    private final DirectoryFacts directory;
    private final GroupMembership groups;
    private final ApplicationEventPublisher events;

    Mentions(JdbcClient db, Members members, DirectoryFacts directory, GroupMembership groups, ApplicationEventPublisher events) {
        this.db = db;
        this.members = members;
        this.directory = directory;
        this.groups = groups;
        this.events = events;
    }

    /** Names starting with the typed text, topic participants first, never the author. */
    List<Findable> suggest(long authorId, Category category, @Nullable Long topicId, String typed) {
        var text = typed.strip();
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        var lower = text.toLowerCase(Locale.ROOT);
        var found = new LinkedHashMap<Long, Findable>();
        if (topicId != null) {
            participants(topicId).forEach((id, name) -> {
                if (startsWordWith(name, lower)) {
                    found.put(id, new Findable(id, name));
                }
            });
        }
        for (var member : directory.findByName(text, MAX_SUGGESTIONS * 2)) {
            if (readsCategory(member.memberId(), category)) {
                found.putIfAbsent(member.memberId(), member);
            }
        }
        found.remove(authorId);
        return found.values().stream().limit(MAX_SUGGESTIONS).toList();
    }

    /** Tells each person the post mentions, once, whoever they are among those the author may mention. */
    void tellMentioned(Category category, long topicId, long postId, long authorId, String body) {
        if (body.indexOf('@') < 0) {
            return;
        }
        var candidates = new HashMap<Long, String>(participants(topicId));
        var words = new LinkedHashSet<String>();
        var matcher = MENTION.matcher(body);
        while (matcher.find() && words.size() < MAX_NAMES_LOOKED_UP) {
            words.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        for (var word : words) {
            for (var member : directory.findByName(word, MAX_FOUND_PER_NAME)) {
                if (!candidates.containsKey(member.memberId()) && readsCategory(member.memberId(), category)) {
                    candidates.put(member.memberId(), member.displayName());
                }
            }
        }
        candidates.remove(authorId);
        var lower = body.toLowerCase(Locale.ROOT);
        var told = new ArrayList<Long>();
        candidates.forEach((id, name) -> {
            if (!name.isBlank() && lower.contains("@" + name.toLowerCase(Locale.ROOT))) {
                told.add(id);
            }
        });
        told.stream().sorted().forEach(id -> events.publishEvent(new MemberMentioned(id, authorId, topicId, postId)));
    }

    private Map<Long, String> participants(long topicId) {
        var people = db.sql("select distinct author_id from forum.post where topic_id = ? and author_id is not null limit 500")
                .param(topicId)
                .query(Long.class)
                .list();
        return members.displayNames(people, Languages.DEFAULT);
    }

    private boolean readsCategory(long memberId, Category category) {
        return category.visibility() != Category.Visibility.GROUP
                || (category.groupId() != null && groups.belongs(memberId, category.groupId()));
    }

    private static boolean startsWordWith(String name, String lowerPrefix) {
        var lowerName = name.toLowerCase(Locale.ROOT);
        return lowerName.startsWith(lowerPrefix) || lowerName.contains(" " + lowerPrefix);
    }
}
