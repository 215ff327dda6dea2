package org.kompanjoner.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A short confirmation shown on the page a form redirects to (post-redirect-get). */
public final class Flash {

    static final String ATTRIBUTE = "flashMessageKey";
    static final String ARGUMENTS = "flashMessageArguments";

    private Flash() {}

    public static void message(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(ATTRIBUTE, messageKey);
        redirect.addFlashAttribute(ARGUMENTS, arguments);
    }
}
