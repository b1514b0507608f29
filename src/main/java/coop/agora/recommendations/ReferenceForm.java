package coop.agora.recommendations;

/** "See 9.c": another recommendation of the same cycle this one refers to. */
public record ReferenceForm(String see) {

    public ReferenceForm {
        see = see == null ? "" : see;
    }
}
