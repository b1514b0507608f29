package coop.agora.platform;

import org.jspecify.annotations.Nullable;

/**
 * A link in the main navigation, contributed as a bean by the module that owns the page, so that
 * navigation shows only capabilities that exist.
 *
 * @param labelKey text key of the label
 * @param descriptionKey text key of a one-line description, shown on the home page
 * @param href the page
 * @param order position, lower first
 * @param audience who sees the link
 */
public record NavigationLink(String labelKey, String descriptionKey, String href, int order, Audience audience) {

    /** Who a link is for. */
    public enum Audience {
        EVERYONE,
        SIGNED_IN,
        ADVISORS,
        MODERATORS,
        ADMINS
    }

    public boolean visibleTo(@Nullable Viewer viewer) {
        return switch (audience) {
            case EVERYONE -> true;
            case SIGNED_IN -> viewer != null;
            case ADVISORS -> viewer != null && (viewer.hasRole("ADVISOR") || viewer.hasRole("ADMIN"));
            case MODERATORS -> viewer != null && (viewer.hasRole("MODERATOR") || viewer.hasRole("ADMIN"));
            case ADMINS -> viewer != null && viewer.hasRole("ADMIN");
        };
    }
}
