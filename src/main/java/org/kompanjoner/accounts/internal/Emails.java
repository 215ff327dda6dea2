package org.kompanjoner.accounts.internal;

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

    public static boolean plausible(String email) {
        String normalised = normalise(email);
        return normalised.length() <= 254 && PLAUSIBLE.matcher(normalised).matches();
    }
}
