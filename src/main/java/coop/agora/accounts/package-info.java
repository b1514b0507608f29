/** People's accounts: registration, sign-in, roles, languages, and their data export and erasure. */
@NullMarked
package coop.agora.accounts;

import org.jspecify.annotations.NullMarked;
