package coop.agora.forum;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of a category: its pinned topics (first page only), then topics by latest activity, and where the next page starts. */
public record CategoryPage(List<TopicRow> pinned, List<TopicRow> topics, @Nullable String next) {}
