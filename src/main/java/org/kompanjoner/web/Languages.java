package org.kompanjoner.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The interface languages: those with message files ({@link Translations}), Swedish first and the default,
 * then English and the rest. A language is added by adding its files; nothing here names it.
 */
public final class Languages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** Every shipped language: a choice, a cookie or an account may name any of them. */
    public static final List<Locale> SUPPORTED = Translations.shippedIn("messages").stream()
            .map(Locale::forLanguageTag)
            .toList();

    /** The functional cookie that remembers a language chosen with the switch in the page header. */
    public static final String COOKIE = "lang";

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "ckb", "dv", "fa", "he", "ps", "ur", "yi");

    private Languages() {}

    /** The shipped language closest to {@code tag}, Swedish when there is none. */
    public static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return SWEDISH;
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst()
                .orElse(SWEDISH);
    }

    /** The language chosen with the switch in this browser, if one was: a choice, not a guess. */
    public static Optional<Locale> chosenIn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Optional.of(supported(cookie.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isSupported(Locale locale) {
        return SUPPORTED.stream().anyMatch(supported -> supported.getLanguage().equals(locale.getLanguage()));
    }

    /**
     * Whether {@code code} is the code of a shipped language ({@code sv}, {@code en}): the languages
     * content can be translated into, which grow with the interface's.
     */
    public static boolean shipped(String code) {
        return code != null
                && SUPPORTED.stream().anyMatch(locale -> locale.getLanguage().equals(code));
    }

    /** The codes of the shipped languages, in the order of {@link #SUPPORTED}. */
    public static List<String> codes() {
        return SUPPORTED.stream().map(Locale::getLanguage).toList();
    }

    public static boolean isRightToLeft(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage());
    }
}
