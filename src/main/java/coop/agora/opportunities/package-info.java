/** The opportunity board: missions, calls, grants, partners and premises, matched with members' skills. */
@NullMarked
package coop.agora.opportunities;

import org.jspecify.annotations.NullMarked;
