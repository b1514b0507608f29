package coop.agora.forum;

import java.time.Instant;

/**
 * A question that comes back often, with the answer the cooperative stands by, taken from a solved
 * topic by a moderator.
 *
 * @param answerHtml the answer, already made safe to show
 * @param language {@code fr}, {@code nl} or {@code en}
 * @param published false once a moderator took it out of the FAQ
 */
public record FaqEntry(
        long id, long topicId, long categoryId, String question, String answerHtml, String language, Instant promotedAt, boolean published) {}
