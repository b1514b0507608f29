package coop.agora.platform.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. Without {@code url} Agora starts its own PostgreSQL under {@code
 * <data-dir>/postgres}; with it, Agora uses that server and starts nothing. {@code embeddedClean}
 * starts the embedded server on an empty database, as the tests do.
 */
@ConfigurationProperties("agora.db")
record DatabaseSettings(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @DefaultValue("0") int embeddedPort,
        @DefaultValue("false") boolean embeddedClean) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
