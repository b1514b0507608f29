/** Texts in French, Dutch and English, and the choice of a page's language. */
@NullMarked
package coop.agora.platform.i18n;

import org.jspecify.annotations.NullMarked;
