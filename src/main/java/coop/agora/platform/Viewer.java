package coop.agora.platform;

import java.util.Locale;
import java.util.Set;

/** The signed-in person as the web layer needs to know them; implemented by the accounts module. */
public interface Viewer {

    long id();

    String displayName();

    Locale language();

    /** Role names such as {@code MEMBER} or {@code ADMIN}. */
    Set<String> roles();

    default boolean hasRole(String role) {
        return roles().contains(role);
    }
}
