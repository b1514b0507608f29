package coop.agora.events;

import coop.agora.offices.Offices;
import coop.agora.platform.Languages;
import coop.agora.platform.Viewer;
import coop.agora.platform.web.FormErrors;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Who may do what with events, and what a valid event is. */
@Component
class EventRules {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Brussels");
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_CAPACITY = 10_000;
    static final Duration MAX_LENGTH = Duration.ofDays(14);

    /** Tags typed into plain-text fields: shown escaped they would only confuse readers. */
    private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z!/]");
    private static final Pattern SCRIPT_LINK = Pattern.compile("(?i)(java|vb)script\\s*:|data\\s*:\\s*text/html");

    private final Offices offices;

    EventRules(Offices offices) {
        this.offices = offices;
    }

    static boolean mayOrganizeForTheCooperative(Viewer viewer) {
        return viewer.hasRole("ADVISOR") || viewer.hasRole("ADMIN");
    }

    static boolean mayManage(@Nullable Viewer viewer, Event event) {
        return viewer != null && (viewer.hasRole("ADMIN") || (event.organizerId() != null && event.organizerId() == viewer.id()));
    }

    /** A checked event, ready to store. */
    record Checked(
            String title, String description, EventType type, String language, Instant startsAt, Instant endsAt, ZoneId timeZone,
            @Nullable Long officeId, @Nullable String town, @Nullable String onlineUrl, @Nullable Integer capacity,
            @Nullable String question) {

        /** The same event on another day, at the same local hours and for as long. */
        Checked on(LocalDate day) {
            var start = startsAt.atZone(timeZone).toLocalDateTime();
            var length = Duration.between(start, endsAt.atZone(timeZone).toLocalDateTime());
            var moved = day.atTime(start.toLocalTime());
            return new Checked(title, description, type, language, moved.atZone(timeZone).toInstant(),
                    moved.plus(length).atZone(timeZone).toInstant(), timeZone, officeId, town, onlineUrl, capacity, question);
        }
    }

    /** The day the form's event starts, or null when its start is not a date and time. */
    static @Nullable LocalDate startDay(EventForm form) {
        var start = localDateTime(form.start());
        return start == null ? null : start.toLocalDate();
    }

    /** The problems of a form, or none; {@code previousStart} is the start of an event being edited. */
    FormErrors problems(EventForm form, Viewer viewer, Instant now, @Nullable Instant previousStart) {
        return problems(form, mayOrganizeForTheCooperative(viewer), now, previousStart);
    }

    /** The problems of a form by someone who may or may not organize the cooperative's own events. */
    FormErrors problems(EventForm form, boolean forTheCooperative, Instant now, @Nullable Instant previousStart) {
        var errors = FormErrors.builder();
        var title = form.title().strip();
        if (title.isEmpty()) {
            errors.reject("title", "events.error.titleRequired");
        } else if (title.length() > MAX_TITLE) {
            errors.reject("title", "events.error.titleTooLong");
        } else if (HTML.matcher(title).find()) {
            errors.reject("title", "events.error.noHtml");
        }
        var description = form.description().strip();
        if (description.isEmpty()) {
            errors.reject("description", "events.error.descriptionRequired");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.reject("description", "events.error.descriptionTooLong");
        } else if (SCRIPT_LINK.matcher(description).find()) {
            errors.reject("description", "events.error.scriptLink");
        } else if (HTML.matcher(description).find()) {
            errors.reject("description", "events.error.noHtmlMarkdown");
        }
        var type = type(form.type());
        if (type == null) {
            errors.reject("type", "events.error.typeRequired");
        } else if (type.byTheCooperative() && !forTheCooperative) {
            errors.reject("type", "events.error.typeForCooperative");
        }
        if (Languages.of(form.language()).isEmpty()) {
            errors.reject("language", "events.error.languageRequired");
        }
        var start = localDateTime(form.start());
        var end = localDateTime(form.end());
        var zone = zone(form);
        if (start == null) {
            errors.reject("start", "events.error.startRequired");
        } else {
            var startsAt = start.atZone(zone).toInstant();
            var unchanged = previousStart != null && previousStart.equals(startsAt);
            if (!unchanged && !startsAt.isAfter(now)) {
                errors.reject("start", "events.error.startInPast");
            }
        }
        if (end == null) {
            errors.reject("end", "events.error.endRequired");
        } else if (start != null) {
            if (!end.isAfter(start)) {
                errors.reject("end", "events.error.endBeforeStart");
            } else if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
                errors.reject("end", "events.error.tooLong");
            }
        }
        switch (form.place()) {
            case "office" -> {
                if (officeId(form.office()) == null) {
                    errors.reject("office", "events.error.unknownOffice");
                }
            }
            case "town" -> {
                var town = form.town().strip();
                if (town.isEmpty()) {
                    errors.reject("town", "events.error.townRequired");
                } else if (town.length() > 100) {
                    errors.reject("town", "events.error.townTooLong");
                } else if (HTML.matcher(town).find()) {
                    errors.reject("town", "events.error.noHtml");
                }
            }
            case "online" -> {
                if (!webLink(form.onlineUrl().strip())) {
                    errors.reject("onlineUrl", "events.error.onlineUrl");
                }
            }
            default -> errors.reject("place", "events.error.placeRequired");
        }
        var capacity = form.capacity().strip();
        if (!capacity.isEmpty() && capacity(capacity) == null) {
            errors.reject("capacity", "events.error.capacity");
        }
        var question = form.question().strip();
        if (question.length() > 300) {
            errors.reject("question", "events.error.questionTooLong");
        } else if (HTML.matcher(question).find()) {
            errors.reject("question", "events.error.noHtml");
        }
        return errors.build();
    }

    /** The form as values to store; only for a form without problems. */
    Checked checked(EventForm form) {
        var zone = zone(form);
        var place = form.place();
        var capacity = form.capacity().strip();
        var question = form.question().strip();
        return new Checked(
                form.title().strip(),
                form.description().strip(),
                EventType.valueOf(form.type()),
                Languages.of(form.language()).orElseThrow().getLanguage(),
                localDateTime(form.start()).atZone(zone).toInstant(),
                localDateTime(form.end()).atZone(zone).toInstant(),
                zone,
                place.equals("office") ? officeId(form.office()) : null,
                place.equals("town") ? form.town().strip() : null,
                place.equals("online") ? form.onlineUrl().strip() : null,
                capacity.isEmpty() ? null : capacity(capacity),
                question.isEmpty() ? null : question);
    }

    private ZoneId zone(EventForm form) {
        if (form.place().equals("office")) {
            var office = officeId(form.office());
            if (office != null) {
                return offices.find(office).orElseThrow().timeZone();
            }
        }
        return DEFAULT_ZONE;
    }

    private @Nullable Long officeId(String value) {
        try {
            var id = Long.parseLong(value.strip());
            return offices.exists(id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable EventType type(String value) {
        try {
            return EventType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDateTime localDateTime(String value) {
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Integer capacity(String value) {
        try {
            var capacity = Integer.parseInt(value);
            return capacity >= 1 && capacity <= MAX_CAPACITY ? capacity : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Only web addresses with a host: no script, data or file links behind an "online" event. */
    static boolean webLink(String value) {
        if (value.isEmpty() || value.length() > 500) {
            return false;
        }
        try {
            var uri = new URI(value);
            var scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
