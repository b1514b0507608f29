/** The cooperative's offices: names in three languages, time zones, opening hours, closures and working days. */
@NullMarked
package coop.agora.offices;

import org.jspecify.annotations.NullMarked;
