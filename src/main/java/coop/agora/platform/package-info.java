/** Shared infrastructure: database, web layout, languages, mail, background jobs, search and Markdown. */
@NullMarked
package coop.agora.platform;

import org.jspecify.annotations.NullMarked;
