package coop.agora.helpdesk;

import java.time.LocalDate;

/**
 * A request found by the desk search.
 *
 * @param snippetHtml a passage of the conversation or of a note with the matching words in {@code <mark>},
 *     HTML-escaped otherwise; empty when only the subject, the member's name or the reference matched
 * @param fromNote whether the passage comes from an internal note, which the member never sees
 */
public record DeskSearchHit(long id, String subject, String memberName, RequestStatus status, String officeName, LocalDate dueOn,
        String snippetHtml, boolean fromNote) {}
