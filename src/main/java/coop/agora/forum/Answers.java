package coop.agora.forum;

import coop.agora.platform.Languages;
import coop.agora.platform.Markdown;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Solved topics, official answers of the cooperative, and their promotion to the FAQ. */
@Service
class Answers {

    static final int MAX_QUESTION = 300;

    private final PromotedAnswers promoted;
    private final Markdown markdown;
    private final JdbcClient db;
    private final Topics topics;
    private final Posts posts;

    Answers(PromotedAnswers promoted, Markdown markdown, JdbcClient db, Topics topics, Posts posts) {
        this.topics = topics;
        this.posts = posts;
        this.promoted = promoted;
        this.markdown = markdown;
        this.db = db;
    }

    /** The topic's author and its moderators may choose the answer. */
    static boolean maySolve(Viewer viewer, TopicView topic, boolean moderator) {
        return moderator || (topic.authorId() != null && topic.authorId() == viewer.id());
    }

    /** Marks a reply as the answer, or with no reply, makes the topic unsolved again. */
    @Transactional
    void solve(long topicId, @Nullable Long answerId) {
        topics.findById(topicId).orElseThrow().solveWith(answerId);
    }

    /** Only advisors speak for the cooperative. */
    static boolean mayMarkOfficial(Viewer viewer) {
        return viewer.hasRole("ADVISOR");
    }

    @Transactional
    void markOfficial(long postId, boolean official) {
        posts.findById(postId).orElseThrow().markOfficial(official);
    }

    /** The answer as the FAQ form starts: the topic's title and the chosen reply. */
    @Transactional(readOnly = true)
    FaqForm draft(TopicView topic) {
        var answer = topic.solutionPostId() == null ? "" : posts.findById(topic.solutionPostId()).map(Post::body).orElse("");
        return new FaqForm(topic.title(), answer, topic.language(), String.valueOf(topic.categoryId()));
    }

    @Transactional
    long promote(Viewer moderator, TopicView topic, FaqForm form) {
        var errors = FormErrors.builder();
        var question = form.question().strip();
        var language = checkEntry(form, errors);
        if (promoted.findByTopicId(topic.id()).isPresent()) {
            errors.rejectForm("forum.error.alreadyFaq");
        }
        if (errors.any()) {
            throw new Posting.Refused(errors.build(), false);
        }
        var entry = promoted.save(new PromotedAnswer(topic.id(), topic.categoryId(), question, form.answer(),
                markdown.toSafeHtml(form.answer()), language.orElseThrow().getLanguage(), moderator.id()));
        db.sql("insert into forum.moderation_log (category_id, topic_id, moderator_id, action, reason) values (?, ?, ?, 'PROMOTE', '')")
                .params(topic.categoryId(), topic.id(), moderator.id())
                .update();
        return entry.entry().id();
    }

    /** The entry's words as its edit form starts. */
    @Transactional(readOnly = true)
    java.util.Optional<FaqForm> entryForm(long entryId) {
        return promoted.findById(entryId).map(PromotedAnswer::form);
    }

    /**
     * Changes an entry's question, answer, language and category; the category is one the editor
     * moderates too. Nothing changes when anything is refused.
     */
    @Transactional
    void editEntry(Viewer moderator, long entryId, FaqForm form, java.util.function.Predicate<Long> mayModerate) {
        var entry = promoted.findById(entryId).orElseThrow();
        var errors = FormErrors.builder();
        var language = checkEntry(form, errors);
        Long category = null;
        try {
            category = Long.parseLong(form.category());
        } catch (NumberFormatException e) {
            errors.reject("category", "forum.admin.error.category");
        }
        if (category != null && !mayModerate.test(category)) {
            errors.reject("category", "forum.admin.error.category");
        }
        if (errors.any() || category == null) {
            throw new Posting.Refused(errors.build(), false);
        }
        var from = entry.categoryId();
        entry.edit(moderator.id(), form.question().strip(), form.answer(), markdown.toSafeHtml(form.answer()), language.orElseThrow().getLanguage(),
                category);
        log(from, entry.entry().topicId(), moderator, "FAQ_EDIT");
    }

    /** Takes an entry out of the FAQ, or puts it back. */
    @Transactional
    void publishEntry(Viewer moderator, long entryId, boolean published) {
        var entry = promoted.findById(entryId).orElseThrow();
        entry.publish(moderator.id(), published);
        log(entry.categoryId(), entry.entry().topicId(), moderator, published ? "FAQ_PUBLISH" : "FAQ_UNPUBLISH");
    }

    private void log(long categoryId, long topicId, Viewer moderator, String action) {
        db.sql("insert into forum.moderation_log (category_id, topic_id, moderator_id, action, reason) values (?, ?, ?, ?, '')")
                .params(categoryId, topicId, moderator.id(), action)
                .update();
    }

    private static java.util.Optional<java.util.Locale> checkEntry(FaqForm form, FormErrors.Builder errors) {
        var question = form.question().strip();
        if (question.length() < Posting.MIN_TITLE) {
            errors.reject("question", "forum.error.questionShort");
        } else if (question.length() > MAX_QUESTION) {
            errors.reject("question", "forum.error.questionLong");
        }
        if (form.answer().isBlank()) {
            errors.reject("answer", "forum.error.bodyEmpty");
        } else if (form.answer().length() > Posting.MAX_BODY) {
            errors.reject("answer", "forum.error.bodyLong");
        }
        var language = Languages.of(form.language());
        if (language.isEmpty()) {
            errors.reject("language", "forum.error.language");
        }
        return language;
    }

    boolean isFaq(long topicId) {
        return db.sql("select exists (select 1 from forum.faq_entry where topic_id = ?)").param(topicId).query(Boolean.class).single();
    }
}
