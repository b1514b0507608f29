package coop.agora.platform;

import org.jspecify.annotations.Nullable;

/**
 * A link in the page header for signed-in people, with a count that concerns them, such as their
 * unread notifications; contributed as a bean by the module that owns the page.
 */
public interface HeaderLink {

    /** The page the link leads to. */
    String href();

    /** Text key of the link's label. */
    String labelKey();

    /** Text key of what the count counts, such as "unread", read after the number by screen readers. */
    String countKey();

    /** The count to show to this person; zero shows no badge. Called on every page, so it must be cheap. */
    long count(Viewer viewer);

    /** A script that keeps the count up to date, from {@code /js/}, or none. */
    default @Nullable String script() {
        return null;
    }

    /** A link with its count, as a page shows it. */
    record Shown(HeaderLink link, long count) {}
}
