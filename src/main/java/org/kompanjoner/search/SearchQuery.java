package org.kompanjoner.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A search: words (may be blank), one chosen value per facet, the facets to count, order and page. */
public record SearchQuery(
        String collection,
        String text,
        Map<String, String> filters,
        List<String> countedFacets,
        Order order,
        int offset,
        int limit,
        LocalDate today) {

    public enum Order {
        RELEVANCE,
        NEWEST,
        EXPIRING
    }
}
