package coop.agora.events;

import coop.agora.offices.Offices;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.Notices;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Calendar files: the public agenda, an office's, a member group's, one event's, and a member's private feed. */
@Controller
class CalendarController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final FeedSecrets secrets;
    private final EventReads reads;
    private final Agenda agenda;
    private final Offices offices;
    private final EventGroups groups;

    CalendarController(CalendarFeeds feeds, FeedSecrets secrets, EventReads reads, Agenda agenda, Offices offices, EventGroups groups) {
        this.groups = groups;
        this.feeds = feeds;
        this.secrets = secrets;
        this.reads = reads;
        this.agenda = agenda;
        this.offices = offices;
    }

    @GetMapping("/events.ics")
    ResponseEntity<String> everything(@AuthenticationPrincipal @Nullable Viewer viewer, Locale locale) {
        return calendar(feeds.everything(agenda.now(), hiddenGroups(viewer), locale), "agora-events.ics");
    }

    @GetMapping("/events/offices/{id:[0-9]+}.ics")
    ResponseEntity<String> office(@PathVariable long id, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale) {
        if (!offices.exists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return calendar(feeds.office(id, agenda.now(), hiddenGroups(viewer), locale), "agora-office-" + id + ".ics");
    }

    @GetMapping("/events/groups/{id:[0-9]+}.ics")
    ResponseEntity<String> group(@PathVariable long id, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale) {
        if (groups.name(id, locale).isEmpty() || hiddenGroups(viewer).contains(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return calendar(feeds.group(id, agenda.now(), locale), "agora-group-" + id + ".ics");
    }

    @GetMapping("/events/{id:[0-9]+}.ics")
    ResponseEntity<String> one(@PathVariable long id, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale) {
        var event = reads.find(id, locale)
                .filter(found -> found.groupId() == null || !hiddenGroups(viewer).contains(found.groupId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var withLink = EventRules.mayManage(viewer, event)
                || (viewer != null && reads.statusOf(id, viewer.id()).filter("REGISTERED"::equals).isPresent());
        return calendar(feeds.one(id, withLink, locale), "agora-event-" + id + ".ics");
    }

    @GetMapping("/events/feed/{secret}.ics")
    ResponseEntity<String> member(@PathVariable String secret, Locale locale) {
        var member = secrets.memberOf(secret).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return calendar(feeds.member(member, agenda.now(), locale), "agora-my-events.ics");
    }

    @PostMapping("/events/mine/feed")
    String renew(@AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        secrets.renew(viewer.id());
        Notices.show(redirect, "events.notice.feedRenewed");
        return "redirect:/events/mine";
    }

    /** The member groups whose events the viewer may not see; every closed group's for calendar applications, which do not sign in. */
    private Set<Long> hiddenGroups(@Nullable Viewer viewer) {
        return groups.closedTo(viewer == null ? null : viewer.id());
    }

    private static ResponseEntity<String> calendar(String body, String fileName) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .body(body);
    }
}
