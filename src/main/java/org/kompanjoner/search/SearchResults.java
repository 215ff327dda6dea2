package org.kompanjoner.search;

import java.util.List;
import java.util.Map;

/** The ids found (in order, one page of them), how many there are in all, and the facet counts. */
public record SearchResults(long total, List<Long> ids, Map<String, Map<String, Integer>> facetCounts) {

    public int count(String facet, String value) {
        return facetCounts.getOrDefault(facet, Map.of()).getOrDefault(value, 0);
    }
}
