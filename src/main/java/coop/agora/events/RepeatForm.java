package coop.agora.events;

/**
 * How an event repeats, as typed in the form: {@code repeats} is empty for a single event, or
 * {@code WEEKLY}, {@code MONTHLY_BY_DAY} or {@code MONTHLY_BY_WEEKDAY}; the series ends on the
 * date {@code until} or after {@code count} dates; {@code skip} lists dates left out.
 */
public record RepeatForm(String repeats, String every, String until, String count, String skip) {

    public RepeatForm {
        repeats = repeats == null ? "" : repeats;
        every = every == null || every.isBlank() ? "1" : every;
        until = until == null ? "" : until;
        count = count == null ? "" : count;
        skip = skip == null ? "" : skip;
    }

    static RepeatForm none() {
        return new RepeatForm("", "1", "", "", "");
    }

    public boolean repeated() {
        return !repeats.isBlank();
    }
}
