package coop.agora.notifications;

/** A kind with the member's choice, for the preferences form. */
public record PreferenceLine(NotificationKind kind, Delivery chosen) {

    /** The form field of the kind. */
    public String field() {
        return kind.name();
    }
}
