package coop.agora.events;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** A member group's events, for its page. */
@Service
public class GroupAgenda {

    private final EventReads reads;
    private final Agenda agenda;

    GroupAgenda(EventReads reads, Agenda agenda) {
        this.reads = reads;
        this.agenda = agenda;
    }

    /**
     * Plans a member event of the group on behalf of one of its organizers, such as the demo's;
     * the form must hold no problems.
     */
    public long plan(long organizerId, long groupId, EventForm form) {
        return agenda.createForGroup(organizerId, false, form, RepeatForm.none(), groupId);
    }

    /** The group's events not yet over, soonest first. */
    public List<EventRow> upcoming(long groupId, int limit, Locale locale) {
        return reads.ofGroup(groupId, Instant.now(), limit, locale);
    }

    /** Where an organizer plans a new event for the group. */
    public static String newEventPath(long groupId) {
        return "/events/new?group=" + groupId;
    }

    /** The group's calendar feed. */
    public static String feedPath(long groupId) {
        return "/events/groups/" + groupId + ".ics";
    }
}
