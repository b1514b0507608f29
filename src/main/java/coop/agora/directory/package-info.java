/** The member directory: opt-in profiles, the skills vocabulary and towns, search, and the member map. */
@NullMarked
package coop.agora.directory;

import org.jspecify.annotations.NullMarked;
