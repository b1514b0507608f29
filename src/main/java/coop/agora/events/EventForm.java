package coop.agora.events;

/**
 * An event as typed in the form. Start and end are local date-times ({@code 2026-12-03T10:00}) in
 * the event's place's time zone; {@code place} is {@code office}, {@code town} or {@code online}.
 */
public record EventForm(
        String title,
        String description,
        String type,
        String language,
        String start,
        String end,
        String place,
        String office,
        String town,
        String onlineUrl,
        String capacity,
        String question) {

    public EventForm {
        title = orEmpty(title);
        description = orEmpty(description);
        type = orEmpty(type);
        language = orEmpty(language);
        start = orEmpty(start);
        end = orEmpty(end);
        place = orEmpty(place);
        office = orEmpty(office);
        town = orEmpty(town);
        onlineUrl = orEmpty(onlineUrl);
        capacity = orEmpty(capacity);
        question = orEmpty(question);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
