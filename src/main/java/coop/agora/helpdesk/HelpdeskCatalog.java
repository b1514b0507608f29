package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import coop.agora.platform.web.FormErrors;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins edit of the help desk: the topics members ask about and the canned replies advisors
 * start from. A form with any problem changes nothing; a topic already asked about is archived, never
 * deleted, so that its requests keep their topic.
 */
@Service
class HelpdeskCatalog {

    static final int MAX_NAME = 120;
    static final int MAX_TITLE = 200;
    static final int MAX_REPLY = 10_000;
    static final int MIN_TARGET_DAYS = 1;
    static final int MAX_TARGET_DAYS = 20;
    /** Anything between braces is meant as a variable; a misspelt one would reach the member as it is. */
    private static final Pattern VARIABLE = Pattern.compile("\\{[^{}]*}");

    /** What became of a topic an admin removed. */
    enum Removal {
        DELETED,
        ARCHIVED
    }

    private final HelpTopics topics;
    private final CannedReplies replies;

    HelpdeskCatalog(HelpTopics topics, CannedReplies replies) {
        this.topics = topics;
        this.replies = replies;
    }

    @Transactional
    long addTopic(TopicForm form) {
        var checked = check(form);
        return topics.add(checked.pole(), checked.nameFr(), checked.nameNl(), checked.nameEn(), checked.targetDays(), topics.nextPosition(),
                checked.active());
    }

    @Transactional
    void updateTopic(long id, TopicForm form) {
        var checked = check(form);
        topics.update(id, checked.pole(), checked.nameFr(), checked.nameNl(), checked.nameEn(), checked.targetDays(), checked.active());
    }

    /** Deletes a topic nobody asked about yet; one with requests is archived instead. */
    @Transactional
    Removal removeTopic(long id) {
        if (topics.deleteUnused(id)) {
            return Removal.DELETED;
        }
        topics.archive(id);
        return Removal.ARCHIVED;
    }

    @Transactional
    long addReply(CannedReplyForm form) {
        var checked = check(form);
        return replies.add(checked.pole(), checked.titleFr(), checked.titleNl(), checked.titleEn(), checked.bodyFr(), checked.bodyNl(),
                checked.bodyEn(), form.isActive());
    }

    @Transactional
    void updateReply(long id, CannedReplyForm form) {
        var checked = check(form);
        replies.update(id, checked.pole(), checked.titleFr(), checked.titleNl(), checked.titleEn(), checked.bodyFr(), checked.bodyNl(),
                checked.bodyEn(), form.isActive());
    }

    private record CheckedTopic(Pole pole, String nameFr, String nameNl, String nameEn, int targetDays, boolean active) {}

    private static CheckedTopic check(TopicForm form) {
        var errors = FormErrors.builder();
        var nameFr = text(form.nameFr(), MAX_NAME, "nameFr", "helpdesk.catalog.error.name", errors);
        var nameNl = text(form.nameNl(), MAX_NAME, "nameNl", "helpdesk.catalog.error.name", errors);
        var nameEn = text(form.nameEn(), MAX_NAME, "nameEn", "helpdesk.catalog.error.name", errors);
        var pole = pole(form.pole());
        if (pole == null) {
            errors.reject("pole", "helpdesk.catalog.error.pole");
        }
        var targetDays = targetDays(form.targetDays());
        if (targetDays == null) {
            errors.reject("targetDays", "helpdesk.catalog.error.targetDays");
        }
        if (errors.any() || pole == null || targetDays == null) {
            throw new Refused(errors.build());
        }
        return new CheckedTopic(pole, nameFr, nameNl, nameEn, targetDays, form.isActive());
    }

    private record CheckedReply(@Nullable Pole pole, String titleFr, String titleNl, String titleEn, String bodyFr, String bodyNl, String bodyEn) {}

    private static CheckedReply check(CannedReplyForm form) {
        var errors = FormErrors.builder();
        var titleFr = text(form.titleFr(), MAX_TITLE, "titleFr", "helpdesk.catalog.error.title", errors);
        var titleNl = text(form.titleNl(), MAX_TITLE, "titleNl", "helpdesk.catalog.error.title", errors);
        var titleEn = text(form.titleEn(), MAX_TITLE, "titleEn", "helpdesk.catalog.error.title", errors);
        var bodyFr = reply(form.bodyFr(), "bodyFr", errors);
        var bodyNl = reply(form.bodyNl(), "bodyNl", errors);
        var bodyEn = reply(form.bodyEn(), "bodyEn", errors);
        var everyPole = form.pole() == null || form.pole().isBlank();
        var pole = everyPole ? null : pole(form.pole());
        if (!everyPole && pole == null) {
            errors.reject("pole", "helpdesk.catalog.error.pole");
        }
        if (errors.any()) {
            throw new Refused(errors.build());
        }
        return new CheckedReply(pole, titleFr, titleNl, titleEn, bodyFr, bodyNl, bodyEn);
    }

    private static String text(@Nullable String value, int max, String field, String key, FormErrors.Builder errors) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            errors.reject(field, key);
        }
        return text;
    }

    private static String reply(@Nullable String value, String field, FormErrors.Builder errors) {
        var text = text(value, MAX_REPLY, field, "helpdesk.catalog.error.body", errors);
        if (unknownVariables(text)) {
            errors.reject(field, "helpdesk.catalog.error.variables");
        }
        return text;
    }

    /** Whether the text has something between braces other than the variables a reply may use. */
    static boolean unknownVariables(String text) {
        return VARIABLE.matcher(text).results().anyMatch(variable -> !CannedReplies.VARIABLES.contains(variable.group()));
    }

    private static @Nullable Pole pole(@Nullable String value) {
        try {
            return value == null ? null : Pole.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable Integer targetDays(@Nullable String value) {
        try {
            var days = value == null ? 0 : Integer.parseInt(value.strip());
            return days >= MIN_TARGET_DAYS && days <= MAX_TARGET_DAYS ? days : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
