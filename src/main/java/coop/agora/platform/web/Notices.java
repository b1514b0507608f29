package coop.agora.platform.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-time notice shown at the top of the next page, such as "Your changes are saved". */
public final class Notices {

    private Notices() {}

    public static void show(RedirectAttributes redirect, String textKey) {
        redirect.addFlashAttribute(PageContextAdvice.NOTICE, textKey);
    }
}
