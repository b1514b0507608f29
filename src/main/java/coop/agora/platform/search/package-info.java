/** The search engine's analyzers and the admin action that rebuilds every index from PostgreSQL. */
@NullMarked
package coop.agora.platform.search;

import org.jspecify.annotations.NullMarked;
