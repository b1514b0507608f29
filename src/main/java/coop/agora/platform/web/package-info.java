/** The web layer every module renders with: jte templates, the page context, forms and error pages. */
@NullMarked
@NamedInterface("web")
package coop.agora.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
