package org.kompanjoner.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A short message shown on the page a form redirects to (post-redirect-get): a confirmation, or a
 * problem that stopped the change, which is shown as an alert.
 */
public final class Flash {

    static final String ATTRIBUTE = "flashMessageKey";
    static final String ARGUMENTS = "flashMessageArguments";
    static final String PROBLEM = "flashMessageIsProblem";

    private Flash() {}

    public static void message(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(ATTRIBUTE, messageKey);
        redirect.addFlashAttribute(ARGUMENTS, arguments);
    }

    public static void problem(RedirectAttributes redirect, String messageKey, Object... arguments) {
        message(redirect, messageKey, arguments);
        redirect.addFlashAttribute(PROBLEM, Boolean.TRUE);
    }

    /** The same, where no {@code RedirectAttributes} can be had (an exception handler): for the next redirect. */
    public static void problem(HttpServletRequest request, String messageKey, Object... arguments) {
        FlashMap next = RequestContextUtils.getOutputFlashMap(request);
        next.put(ATTRIBUTE, messageKey);
        next.put(ARGUMENTS, arguments);
        next.put(PROBLEM, Boolean.TRUE);
    }

    /** A message carried over a redirect, already in the reader's language. */
    public record Notice(String text, boolean problem) {}
}
