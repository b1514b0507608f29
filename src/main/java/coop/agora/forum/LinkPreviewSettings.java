package coop.agora.forum;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Cards for the first external link of a post, off unless an admin turns them on.
 *
 * @param enabled whether cards are shown while no admin chose on the forum's admin page
 * @param timeout how long one page may take, redirects included
 * @param maxSize the largest page read; a larger one gets no card
 * @param allowLoopback lets the fetcher reach this machine's own addresses; only tests turn it on,
 *     to serve pages from a local server
 */
@ConfigurationProperties("agora.forum.link-previews")
record LinkPreviewSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("3s") Duration timeout,
        @DefaultValue("512KB") DataSize maxSize,
        @DefaultValue("false") boolean allowLoopback) {}
