package org.kompanjoner.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The parts every faceted search page shares: which facet values a visitor chose, how far they narrowed
 * the search, and the link that repeats it (on another page, or as another format).
 */
public final class SearchLinks {

    /** Ordering by relevance is the default, so it is neither counted nor written into links. */
    private static final String DEFAULT_SORT = "relevance";

    private SearchLinks() {}

    /** The chosen values by facet name, in the order of {@code names}; blank values are left out. */
    public static Map<String, String> chosen(List<String> names, String... values) {
        Map<String, String> facets = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (values[i] != null && !values[i].isBlank()) {
                facets.put(names.get(i), values[i]);
            }
        }
        return facets;
    }

    /** How many filters and orderings are chosen beyond the words searched for. */
    public static int narrowedBy(Map<String, String> facets, String sort) {
        return facets.size() + (sorted(sort) ? 1 : 0);
    }

    /** The search at {@code path}, with its words, facets and ordering; add a page or build it as it is. */
    public static UriComponentsBuilder link(String path, String q, Map<String, String> facets, String sort) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q);
        }
        facets.forEach(url::queryParam);
        if (sorted(sort)) {
            url.queryParam("sort", sort);
        }
        return url;
    }

    private static boolean sorted(String sort) {
        return sort != null && !DEFAULT_SORT.equals(sort);
    }
}
