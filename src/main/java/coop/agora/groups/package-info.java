/** Groups members start: local groups, thematic groups and members' assemblies, with their members, forum category, events and documents. */
@NullMarked
package coop.agora.groups;

import org.jspecify.annotations.NullMarked;
