package org.kompanjoner.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as the platform compares them: trimmed and in lower case. */
public final class Emails {

    /** A pragmatic check: one @, no spaces, a dot in the domain; the verification mail does the rest. */
    private static final Pattern PLAUSIBLE =
            Pattern.compile("^[^@\\s\"<>(),;:]+@[^@\\s\"<>(),;:]+\\.[A-Za-z0-9-]{2,}$");

    private Emails() {}

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The address with most of it hidden ({@code a…@e….se}): enough for its owner to recognise it, too
     * little for anyone else to learn it.
     */
    public static String masked(String email) {
        String address = normalise(email);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return "…";
        }
        String domain = address.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        return address.charAt(0) + "…@" + domain.charAt(0) + "…" + (dot > 0 ? domain.substring(dot) : "");
    }

    public static boolean plausible(String email) {
        String normalised = normalise(email);
        return normalised.length() <= 254 && PLAUSIBLE.matcher(normalised).matches();
    }
}
