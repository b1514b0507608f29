/** The cooperative's offices, their names in three languages and their time zones. */
@NullMarked
package coop.agora.offices;

import org.jspecify.annotations.NullMarked;
