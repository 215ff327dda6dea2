package org.kompanjoner.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A short message shown on the page a form redirects to (post-redirect-get): a confirmation, or a
 * problem that stopped the change, which is shown as an alert. The message waits in the session for the
 * next page, which may be served by another node: it and its arguments must survive being written to the
 * database, so an argument that cannot be serialised is kept as its text (which is what the message
 * would have shown of it anyway).
 */
public final class Flash {

    static final String ATTRIBUTE = "flashMessageKey";
    static final String ARGUMENTS = "flashMessageArguments";
    static final String PROBLEM = "flashMessageIsProblem";

    private Flash() {}

    public static void message(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute(ATTRIBUTE, messageKey);
        redirect.addFlashAttribute(ARGUMENTS, storable(arguments));
    }

    public static void problem(RedirectAttributes redirect, String messageKey, Object... arguments) {
        message(redirect, messageKey, arguments);
        redirect.addFlashAttribute(PROBLEM, Boolean.TRUE);
    }

    /** The same, where no {@code RedirectAttributes} can be had (an exception handler): for the next redirect. */
    public static void problem(HttpServletRequest request, String messageKey, Object... arguments) {
        FlashMap next = RequestContextUtils.getOutputFlashMap(request);
        next.put(ATTRIBUTE, messageKey);
        next.put(ARGUMENTS, storable(arguments));
        next.put(PROBLEM, Boolean.TRUE);
    }

    /** The arguments, each as it is when it can be serialised, else as its text. */
    static Object[] storable(Object... arguments) {
        if (arguments == null) {
            return new Object[0];
        }
        return Arrays.stream(arguments)
                .map(argument ->
                        argument == null || argument instanceof Serializable ? argument : String.valueOf(argument))
                .toArray();
    }

    /** A message carried over a redirect, already in the reader's language. */
    public record Notice(String text, boolean problem) {}
}
