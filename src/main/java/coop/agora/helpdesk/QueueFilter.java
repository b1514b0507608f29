package coop.agora.helpdesk;

import coop.agora.accounts.Pole;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a queue, as chosen in its form; values that are not in the lists mean "all", so a
 * changed address never shows an error page.
 *
 * @param assignee "me", "none", an advisor's id, or empty for anyone
 * @param due "at-risk", "breached", or empty for any date
 */
public record QueueFilter(@Nullable Pole pole, @Nullable Long officeId, @Nullable RequestStatus status, String due, String assignee,
        @Nullable Long topicId) {

    static QueueFilter parse(String pole, String office, String status, String due, String assignee, String topic) {
        return new QueueFilter(
                DeskWork.parsePole(pole),
                number(office),
                parseStatus(status),
                due.equals("at-risk") || due.equals("breached") ? due : "",
                assignee.equals("me") || assignee.equals("none") || number(assignee) != null ? assignee : "",
                number(topic));
    }

    private static @Nullable RequestStatus parseStatus(String status) {
        for (var value : RequestStatus.values()) {
            if (value != RequestStatus.CLOSED && value.name().equals(status)) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable Long number(String value) {
        try {
            return value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The same filters as a query string, for the next page's link. */
    public String query() {
        return "pole=" + (pole == null ? "" : pole.name()) + "&office=" + (officeId == null ? "" : officeId)
                + "&status=" + (status == null ? "" : status.name()) + "&due=" + due + "&assignee=" + assignee
                + "&topic=" + (topicId == null ? "" : topicId);
    }

    /** Where the queue starts after a page: the promised date and id of its last line. */
    record Cursor(LocalDate due, long id) {

        static @Nullable Cursor parse(String value) {
            var colon = value.indexOf('_');
            if (colon < 0) {
                return null;
            }
            try {
                return new Cursor(LocalDate.parse(value.substring(0, colon)), Long.parseLong(value.substring(colon + 1)));
            } catch (RuntimeException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return due + "_" + id;
        }
    }
}
