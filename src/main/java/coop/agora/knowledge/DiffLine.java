package coop.agora.knowledge;

/** A line of a comparison between two versions of an article. */
public record DiffLine(Change change, String text) {

    /** Whether the line stayed, came or went. */
    public enum Change {
        SAME,
        ADDED,
        REMOVED
    }
}
