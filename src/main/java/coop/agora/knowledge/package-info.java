/** The knowledge base: articles and tutorials by level, in three languages, with their history and readers' feedback. */
@NullMarked
package coop.agora.knowledge;

import org.jspecify.annotations.NullMarked;
