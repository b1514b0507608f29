package coop.agora.helpdesk;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request arriving by any channel: the web form, a phone call an advisor logs, a call-back asked
 * for, or (later) a mail.
 *
 * @param memberId the member it is about, null when unknown
 * @param authorId who wrote the first message: the member, or the advisor who took the call
 * @param officeId the office whose queue and calendar the request follows
 * @param callbackAt for a call-back, when the member wants to be called; it must fall in the office's opening hours
 */
public record NewRequest(
        @Nullable Long memberId,
        @Nullable Long authorId,
        long topicId,
        long officeId,
        Channel channel,
        String subject,
        String body,
        List<IncomingFile> files,
        @Nullable Instant callbackAt) {}
