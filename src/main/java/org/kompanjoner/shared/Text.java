package org.kompanjoner.shared;

import java.util.regex.Pattern;

/** People's text as the platform keeps it. */
public final class Text {

    /**
     * Control characters (except line breaks and tabs) and the invisible direction overrides that can
     * make a name read differently from what it is (U+202A–U+202E).
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E]");

    private Text() {}

    /** The text without invisible control characters; escaping for display is the templates' job. */
    public static String clean(String text) {
        return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
    }
}
