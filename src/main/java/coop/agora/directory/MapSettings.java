package coop.agora.directory;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the member map gets its background from: any tile server in the usual {z}/{x}/{y} layout,
 * with the credit its licence asks for.
 */
@ConfigurationProperties("agora.directory.map")
record MapSettings(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tiles,
        @DefaultValue("© OpenStreetMap contributors") String attribution) {

    /** The tile server's origin, for the page's content security policy; a {s} subdomain becomes a wildcard. */
    String origin() {
        var uri = URI.create(tiles.replace("{s}", "s").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0").replace("{r}", ""));
        var host = tiles.contains("{s}.") ? uri.getHost().replaceFirst("^s\\.", "*.") : uri.getHost();
        return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
