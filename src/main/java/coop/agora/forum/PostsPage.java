package coop.agora.forum;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of a topic's posts, the chosen answer apart, and the post ids the neighbouring pages start after or before. */
public record PostsPage(List<PostView> posts, @Nullable PostView solution, @Nullable Long previous, @Nullable Long next) {}
