/** The forum: categories, topics and replies, solved answers and the FAQ, moderation, search and feeds. */
@NullMarked
package coop.agora.forum;

import org.jspecify.annotations.NullMarked;
