/** Mentoring between members: experienced members offer it, newcomers ask, Agora suggests mentors and follows each mentorship. */
@NullMarked
package coop.agora.mentoring;

import org.jspecify.annotations.NullMarked;
