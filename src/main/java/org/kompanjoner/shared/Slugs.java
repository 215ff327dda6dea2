package org.kompanjoner.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable URL parts made from names (Vätterbygdens Bygg AB becomes vatterbygdens-bygg-ab). */
public final class Slugs {

    private Slugs() {}

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" : slug;
    }
}
