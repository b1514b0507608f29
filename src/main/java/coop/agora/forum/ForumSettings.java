package coop.agora.forum;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a member may post: at most {@code pacePosts} posts in {@code paceWindow}, enough for a
 * lively discussion and too few for a flood.
 */
@ConfigurationProperties("agora.forum")
record ForumSettings(@DefaultValue("6") int pacePosts, @DefaultValue("10m") Duration paceWindow) {}
