/** Background jobs kept in PostgreSQL (db-scheduler), safe when several nodes run. */
@NullMarked
package coop.agora.platform.jobs;

import org.jspecify.annotations.NullMarked;
