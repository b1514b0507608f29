package coop.agora.platform;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module may read.
 *
 * @param dataDir where the embedded database and the search indexes live
 * @param baseUrl the address members reach Agora at, used in links sent by mail
 * @param demo whether to seed demo data on first start; unset means "only with the embedded database"
 */
@ConfigurationProperties("agora")
public record PlatformSettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @Nullable Boolean demo) {

    /** An absolute link to a path of Agora, for mails and feeds. */
    public String link(String path) {
        var base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
