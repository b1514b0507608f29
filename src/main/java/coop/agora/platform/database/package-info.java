/** The PostgreSQL server (embedded unless a URL is configured) and each module's own migrations. */
@NullMarked
package coop.agora.platform.database;

import org.jspecify.annotations.NullMarked;
