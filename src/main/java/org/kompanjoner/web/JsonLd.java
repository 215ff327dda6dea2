package org.kompanjoner.web;

import tools.jackson.databind.json.JsonMapper;

/** Structured data (schema.org JSON-LD) for a page, written so it is safe inside its script element. */
public final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {}

    /**
     * {@code data} as JSON in which whatever could close the script element or start markup is written as
     * a Unicode escape, so that user text in it can never become markup.
     */
    public static String forScript(Object data) {
        String json = JSON.writeValueAsString(data);
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (char c : json.toCharArray()) {
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
