package coop.agora.events;

import coop.agora.accounts.Members;
import coop.agora.offices.Offices;
import coop.agora.platform.Languages;
import coop.agora.platform.Markdown;
import coop.agora.platform.PlatformSettings;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import coop.agora.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agenda's pages: the list, the month, the week, an event, and the organizer's form. */
@Controller
class EventsController {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    /** The events of a day the month view shows; the week view lists them all. */
    static final int SHOWN_PER_DAY = 3;

    private final EventReads reads;
    private final Agenda agenda;
    private final Registrations registrations;
    private final Offices offices;
    private final Members members;
    private final Markdown markdown;
    private final FeedSecrets secrets;
    private final Attendees attendees;
    private final PlatformSettings settings;
    private final EventGroups groups;

    EventsController(EventReads reads, Agenda agenda, Registrations registrations, Offices offices, Members members, Markdown markdown,
            FeedSecrets secrets, Attendees attendees, PlatformSettings settings, EventGroups groups) {
        this.groups = groups;
        this.secrets = secrets;
        this.attendees = attendees;
        this.settings = settings;
        this.reads = reads;
        this.agenda = agenda;
        this.registrations = registrations;
        this.offices = offices;
        this.members = members;
        this.markdown = markdown;
    }

    @GetMapping("/events")
    String list(
            AgendaFilterForm chosen,
            @RequestParam(defaultValue = "") String after,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale,
            Model model) {
        var filter = filter(chosen, viewer, locale);
        var page = reads.upcoming(filter, EventReads.Cursor.parse(after).orElse(null), agenda.now(), locale);
        filters(filter, model, locale);
        model.addAttribute("groupName", filter.groupId() == null ? "" : groups.name(filter.groupId(), locale).orElse(""));
        model.addAttribute("events", page.events());
        model.addAttribute("next", page.next() == null ? null : "/events?" + filter.query() + "&after=" + page.next());
        model.addAttribute("month", YearMonth.now(EventRules.DEFAULT_ZONE).toString());
        model.addAttribute("week", weekOf(LocalDate.now(EventRules.DEFAULT_ZONE)));
        return "events/list";
    }

    @GetMapping("/events/month")
    String month(
            @RequestParam(defaultValue = "") String month,
            AgendaFilterForm chosen,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale,
            Model model) {
        var shown = yearMonth(month);
        var filter = filter(chosen, viewer, locale);
        filters(filter, model, locale);
        model.addAttribute("month", shown.toString());
        model.addAttribute("monthTitle", DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(shown));
        model.addAttribute("previous", "/events/month?month=" + shown.minusMonths(1) + "&" + filter.query());
        model.addAttribute("following", "/events/month?month=" + shown.plusMonths(1) + "&" + filter.query());
        var starts = new HashMap<LocalDate, EventReads.DayStart>();
        reads.month(shown, SHOWN_PER_DAY, filter, locale).forEach(start -> starts.put(start.date(), start));
        var days = new ArrayList<CalendarDay>();
        for (var day = shown.atDay(1); !day.isAfter(shown.atEndOfMonth()); day = day.plusDays(1)) {
            var start = starts.get(day);
            days.add(new CalendarDay(day, start == null ? List.of() : start.events(), start == null ? 0 : start.count() - start.events().size(),
                    "/events/week?week=" + weekOf(day) + "&" + filter.query() + "#day-" + day));
        }
        model.addAttribute("days", days);
        model.addAttribute("empty", starts.isEmpty());
        return "events/month";
    }

    /** A week from Monday to Sunday, every day under its own heading, with the same filters as the month. */
    @GetMapping("/events/week")
    String week(
            @RequestParam(defaultValue = "") String week,
            AgendaFilterForm chosen,
            @AuthenticationPrincipal @Nullable Viewer viewer,
            Locale locale,
            Model model) {
        var monday = monday(week);
        var filter = filter(chosen, viewer, locale);
        filters(filter, model, locale);
        var events = EventReads.byDay(reads.between(monday, monday.plusDays(7), filter, locale));
        var days = new ArrayList<AgendaDay>();
        for (var day = monday; day.isBefore(monday.plusDays(7)); day = day.plusDays(1)) {
            var date = day;
            days.add(events.stream().filter(shown -> shown.date().equals(date)).findFirst().orElse(new AgendaDay(date, List.of())));
        }
        model.addAttribute("week", weekOf(monday));
        model.addAttribute("weekTitle", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(monday));
        model.addAttribute("month", YearMonth.from(monday).toString());
        model.addAttribute("previous", "/events/week?week=" + weekOf(monday.minusWeeks(1)) + "&" + filter.query());
        model.addAttribute("following", "/events/week?week=" + weekOf(monday.plusWeeks(1)) + "&" + filter.query());
        model.addAttribute("days", days);
        return "events/week";
    }

    @GetMapping("/events/{id:[0-9]+}")
    String event(@PathVariable long id, @AuthenticationPrincipal @Nullable Viewer viewer, Locale locale, Model model) {
        var event = found(id, viewer, locale);
        var status = viewer == null ? null : reads.statusOf(id, viewer.id()).orElse(null);
        return eventPage(event, viewer, status, "", FormErrors.none(), locale, model);
    }

    private String eventPage(Event event, @Nullable Viewer viewer, @Nullable String status, String answer, FormErrors errors, Locale locale,
            Model model) {
        var manager = EventRules.mayManage(viewer, event);
        model.addAttribute("event", event);
        model.addAttribute("descriptionHtml", markdown.toSafeHtml(event.description()));
        model.addAttribute("organizer", event.organizerId() == null
                ? members.displayNames(List.of(-1L), locale).get(-1L)
                : members.displayNames(List.of(event.organizerId()), locale).get(event.organizerId()));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("position", "WAITING".equals(status) ? reads.waitingPosition(event.id(), viewer.id()) : 0);
        model.addAttribute("manager", manager);
        model.addAttribute("showLink", event.online() && (manager || "REGISTERED".equals(status)));
        model.addAttribute("open", !event.cancelled() && !event.started(agenda.now()));
        model.addAttribute("answer", answer);
        model.addAttribute("errors", errors);
        model.addAttribute("seriesDates", event.seriesId() == null ? List.of() : reads.seriesDates(event.seriesId(), event.id(), agenda.now(), locale));
        return "events/event";
    }

    @GetMapping("/events/new")
    String newEvent(@RequestParam(required = false) @Nullable Long group, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        var type = EventRules.mayOrganizeForTheCooperative(viewer) && group == null ? "" : EventType.MEMBER_EVENT.name();
        var form = new EventForm("", "", type, viewer.language().getLanguage(), "", "", "office", "", "", "", "", "");
        return formPage(null, form, RepeatForm.none(), FormErrors.none(), viewer, model, organizedGroup(group, viewer, locale));
    }

    @PostMapping("/events")
    String create(EventForm form, RepeatForm repeat, @RequestParam(required = false) @Nullable Long group, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var groupName = organizedGroup(group, viewer, locale);
        try {
            var id = group == null ? agenda.create(viewer, form, repeat)
                    : agenda.createForGroup(viewer.id(), EventRules.mayOrganizeForTheCooperative(viewer), form, repeat, group);
            Notices.show(redirect, "events.notice.created");
            return "redirect:/events/" + id;
        } catch (Agenda.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return formPage(null, form, repeat, refused.errors(), viewer, model, groupName);
        }
    }

    @GetMapping("/events/{id:[0-9]+}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        var event = managed(id, viewer, locale);
        return formPage(event, event.form(), FormErrors.none(), viewer, model);
    }

    @PostMapping("/events/{id:[0-9]+}/edit")
    String update(@PathVariable long id, EventForm form, @AuthenticationPrincipal Viewer viewer, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var event = managed(id, viewer, locale);
        try {
            agenda.edit(viewer, event, form);
            Notices.show(redirect, "events.notice.saved");
            return "redirect:/events/" + id;
        } catch (Agenda.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return formPage(event, form, refused.errors(), viewer, model);
        }
    }

    @PostMapping("/events/{id:[0-9]+}/cancel")
    String cancel(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, RedirectAttributes redirect) {
        var event = managed(id, viewer, locale);
        agenda.cancel(event);
        Notices.show(redirect, "events.notice.cancelled");
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id:[0-9]+}/register")
    String register(@PathVariable long id, @RequestParam(defaultValue = "") String answer, @AuthenticationPrincipal Viewer viewer,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var event = found(id, viewer, locale);
        try {
            var outcome = registrations.register(id, viewer.id(), answer);
            Notices.show(redirect, outcome == Registrations.Outcome.REGISTERED ? "events.notice.registered" : "events.notice.waiting");
            return "redirect:/events/" + id;
        } catch (Registrations.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return eventPage(event, viewer, reads.statusOf(id, viewer.id()).orElse(null), answer, refused.errors(), locale,
                    model);
        }
    }

    @PostMapping("/events/{id:[0-9]+}/unregister")
    String unregister(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale, RedirectAttributes redirect) {
        found(id, viewer, locale);
        registrations.unregister(id, viewer.id());
        Notices.show(redirect, "events.notice.unregistered");
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/mine")
    String mine(@AuthenticationPrincipal Viewer viewer, Locale locale, Model model) {
        model.addAttribute("events", reads.registrationsOf(viewer.id(), agenda.now(), locale));
        model.addAttribute("feedUrl", secrets.of(viewer.id()).map(secret -> settings.link("/events/feed/" + secret + ".ics")).orElse(""));
        return "events/mine";
    }

    /** The people registered and waiting, for the organizer's sign-in sheet or mailing; organizers and admins only. */
    @GetMapping("/events/{id:[0-9]+}/attendees.csv")
    ResponseEntity<String> attendees(@PathVariable long id, @AuthenticationPrincipal Viewer viewer, Locale locale) {
        var event = managed(id, viewer, locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendees-" + id + ".csv\"")
                .body(attendees.csv(event, locale));
    }

    /** The name of the group an event is planned for; only the group's organizers plan its events. */
    private @Nullable GroupChoice organizedGroup(@Nullable Long group, Viewer viewer, Locale locale) {
        if (group == null) {
            return null;
        }
        var name = groups.name(group, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!groups.organizes(viewer.id(), group)) {
            throw new AccessDeniedException("Not an organizer of the group");
        }
        return new GroupChoice(group, name);
    }

    private String formPage(@Nullable Event event, EventForm form, FormErrors errors, Viewer viewer, Model model) {
        return formPage(event, form, RepeatForm.none(), errors, viewer, model, null);
    }

    private String formPage(@Nullable Event event, EventForm form, RepeatForm repeat, FormErrors errors, Viewer viewer, Model model,
            @Nullable GroupChoice group) {
        model.addAttribute("group", group);
        model.addAttribute("repeat", repeat);
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", EventRules.mayOrganizeForTheCooperative(viewer) && group == null
                ? Arrays.asList(EventType.values())
                : List.of(EventType.MEMBER_EVENT));
        model.addAttribute("offices", offices.all());
        return "events/form";
    }

    private void filters(EventReads.Filter filter, Model model, Locale locale) {
        var now = agenda.now();
        var groupNames = groups.names(reads.groupsWithEvents(now, filter.hiddenGroups()), locale);
        model.addAttribute("groups", groupNames.entrySet().stream()
                .map(entry -> new GroupChoice(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(GroupChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
        model.addAttribute("towns", reads.towns(now, filter.hiddenGroups()));
        model.addAttribute("town", filter.town() == null ? "" : filter.town());
        model.addAttribute("types", Arrays.asList(EventType.values()));
        model.addAttribute("offices", offices.all());
        model.addAttribute("type", filter.type() == null ? "" : filter.type().name());
        model.addAttribute("office", filter.officeId() == null ? "" : filter.officeId().toString());
        model.addAttribute("language", filter.language() == null ? "" : filter.language());
        model.addAttribute("group", filter.groupId() == null ? "" : filter.groupId().toString());
    }

    /** The agenda's filters as a page's query string gives them, any of them missing or malformed. */
    record AgendaFilterForm(
            @Nullable String type, @Nullable String office, @Nullable String language, @Nullable String group, @Nullable String town) {}

    private EventReads.Filter filter(AgendaFilterForm chosen, @Nullable Viewer viewer, Locale locale) {
        var hidden = groups.closedTo(viewer == null ? null : viewer.id());
        var groupId = number(chosen.group());
        var officeId = number(chosen.office());
        var type = blankIfMissing(chosen.type());
        var town = blankIfMissing(chosen.town());
        return new EventReads.Filter(
                type.isBlank() ? null : EventRules.type(type),
                officeId != null && offices.exists(officeId) ? officeId : null,
                Languages.of(blankIfMissing(chosen.language())).map(Locale::getLanguage).orElse(null),
                groupId != null && !hidden.contains(groupId) && groups.name(groupId, locale).isPresent() ? groupId : null,
                town.isBlank() ? null : town.strip(),
                hidden);
    }

    private static String blankIfMissing(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable Long number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The ISO week of a day, as {@code 2026-W48}. */
    static String weekOf(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday of an ISO week such as {@code 2026-W48}; this week's when the value is not a week. */
    static LocalDate monday(String week) {
        var matcher = WEEK.matcher(week.strip());
        if (matcher.matches()) {
            var year = Integer.parseInt(matcher.group(1));
            var number = Integer.parseInt(matcher.group(2));
            var mid = LocalDate.of(year, 6, 1);
            if (year >= 2000 && year <= 2200 && IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).isValidValue(number)) {
                return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
            }
        }
        return LocalDate.now(EventRules.DEFAULT_ZONE).with(DayOfWeek.MONDAY);
    }

    private static YearMonth yearMonth(String value) {
        try {
            var month = YearMonth.parse(value.strip());
            return month.getYear() < 2000 || month.getYear() > 2200 ? YearMonth.now(EventRules.DEFAULT_ZONE) : month;
        } catch (DateTimeParseException e) {
            return YearMonth.now(EventRules.DEFAULT_ZONE);
        }
    }

    /** The event, unless it belongs to a member group whose events the viewer may not see: then, as for no event, 404. */
    private Event found(long id, @Nullable Viewer viewer, Locale locale) {
        return reads.find(id, locale)
                .filter(event -> event.groupId() == null || !groups.closedTo(viewer == null ? null : viewer.id()).contains(event.groupId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Event managed(long id, Viewer viewer, Locale locale) {
        var event = found(id, viewer, locale);
        if (!EventRules.mayManage(viewer, event)) {
            throw new AccessDeniedException("Not the organizer");
        }
        return event;
    }
}
