package coop.agora.directory;

import org.jspecify.annotations.Nullable;

/** A message to a member through their profile, as typed: who writes, their address to answer to, and what. */
public record ContactForm(String name, String email, String message) {

    public ContactForm(@Nullable String name, @Nullable String email, @Nullable String message) {
        this.name = name == null ? "" : name;
        this.email = email == null ? "" : email;
        this.message = message == null ? "" : message;
    }
}
