package org.kompanjoner.programmes.facilitators;

import java.util.List;

/**
 * The languages a facilitator may say they work in: a fixed list, the county's most spoken, each named by
 * the message {@code facilitators.language.<code>} in every interface language.
 */
public final class SpokenLanguages {

    public static final List<String> CODES =
            List.of("sv", "en", "ar", "fa", "so", "ti", "bs", "fi", "pl", "tr", "uk", "de", "es", "fr");

    private SpokenLanguages() {}

    public static boolean known(String code) {
        return CODES.contains(code);
    }

    public static String messageKey(String code) {
        return "facilitators.language." + code;
    }
}
