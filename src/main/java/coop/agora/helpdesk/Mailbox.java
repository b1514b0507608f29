package coop.agora.helpdesk;

import coop.agora.platform.Languages;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox members write to, and where its requests go.
 *
 * @param name what identifies the mailbox in what was read from it: its account and folder
 * @param address the address replies go to
 */
record Mailbox(
        String name,
        String host,
        int port,
        String user,
        String password,
        boolean ssl,
        String folder,
        String address,
        @Nullable Long office,
        @Nullable Long topic,
        String language) {

    Locale locale() {
        return Languages.of(language).orElse(Languages.DEFAULT);
    }

    @Override
    public String toString() {
        return name;
    }
}
