package org.kompanjoner.knowledge.publications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's search as asked for: words, one value per facet (empty for any) and the page. Unknown
 * values are dropped before they get here, so an old or mistyped link still shows a list.
 */
public record LibraryFilters(String q, String kind, String year, String language, String challenge, int page) {

    static final String KIND = "kind";
    static final String YEAR = "year";
    static final String LANGUAGE = "language";
    static final String CHALLENGE = "challenge";
    static final List<String> FACETS = List.of(KIND, YEAR, LANGUAGE, CHALLENGE);
    static final int PER_PAGE = 20;
    static final int MAX_QUERY = 200;

    /** The chosen facet values, for the search. */
    Map<String, String> facets() {
        Map<String, String> chosen = new LinkedHashMap<>();
        put(chosen, KIND, kind);
        put(chosen, YEAR, year);
        put(chosen, LANGUAGE, language);
        put(chosen, CHALLENGE, challenge);
        return chosen;
    }

    /** How many facets narrow the search. */
    public long narrowedBy() {
        return facets().size();
    }

    /** This search on page {@code page} of {@code path}. */
    public String pageUrl(String path, int page) {
        StringBuilder url = new StringBuilder(path).append("?page=").append(page);
        if (!q.isEmpty()) {
            url.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        facets().forEach((name, value) ->
                url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return url.toString();
    }

    private static void put(Map<String, String> chosen, String name, String value) {
        if (!value.isEmpty()) {
            chosen.put(name, value);
        }
    }
}
