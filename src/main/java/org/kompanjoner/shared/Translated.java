package org.kompanjoner.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * People's content that may be written in more than one language: the original, in the language its
 * author wrote it in, and translations of the same fields into other languages, each marked when a
 * machine made it. A reader sees their own language when it exists, else the original, told that it is
 * the original and in which language, so that its {@code lang} attribute can be set: a screen reader
 * would otherwise read Swedish with an Arabic voice.
 *
 * @param <C> the fields a module translates (a title, a summary, a text), as one record
 * @param originalLanguage the original's language code ({@code sv}, {@code en}, {@code ar})
 * @param original the fields as their author wrote them
 * @param translations the same fields in other languages, by language code
 */
public record Translated<C>(String originalLanguage, C original, Map<String, Translation<C>> translations) {

    public Translated {
        Objects.requireNonNull(originalLanguage);
        Objects.requireNonNull(original);
        translations = Map.copyOf(translations);
    }

    /** Content with no translation. */
    public static <C> Translated<C> only(String language, C original) {
        return new Translated<>(language, original, Map.of());
    }

    /** One translation of the fields; {@code machine} when no person wrote or checked it. */
    public record Translation<C>(C content, boolean machine) {}

    /**
     * What a reader is shown.
     *
     * @param content the fields to show
     * @param language the language they are in, for the {@code lang} attribute
     * @param fallback true when the reader's language was missing and the original is shown instead
     * @param machine true when a machine translated them
     */
    public record Shown<C>(C content, String language, boolean fallback, boolean machine) {}

    /** The reader's language when there is a translation into it, else the original. */
    public Shown<C> in(Locale reader) {
        String wanted = reader.getLanguage();
        if (wanted.equals(originalLanguage)) {
            return new Shown<>(original, originalLanguage, false, false);
        }
        Translation<C> translation = translations.get(wanted);
        if (translation != null) {
            return new Shown<>(translation.content(), wanted, false, translation.machine());
        }
        return new Shown<>(original, originalLanguage, true, false);
    }

    /** Whether there is a version in {@code language}, the original or a translation. */
    public boolean has(String language) {
        return originalLanguage.equals(language) || translations.containsKey(language);
    }
}
