package org.kompanjoner.listings.web;

import java.util.List;
import java.util.Map;
import org.kompanjoner.web.SearchLinks;

/** What a visitor searches for on the listings page; every field optional, unknown values dropped. */
public record ListingFilters(
        String q,
        String category,
        String direction,
        String challenge,
        String county,
        String municipality,
        String sector,
        String sort,
        int page) {

    /** The facets a visitor may narrow by, by the names the index uses. */
    static final List<String> FACETS =
            List.of("category", "direction", "challenge", "county", "municipality", "sector");

    /** The chosen facet values, by the facet names the index uses. */
    Map<String, String> facets() {
        return SearchLinks.chosen(FACETS, category, direction, challenge, county, municipality, sector);
    }

    /** How many filters and orderings are chosen beyond the words searched for. */
    public int narrowedBy() {
        return SearchLinks.narrowedBy(facets(), sort);
    }

    /** This search on another page, as a link. */
    public String pageUrl(String path, int otherPage) {
        return SearchLinks.link(path, q, facets(), sort)
                .queryParam("page", otherPage)
                .encode()
                .build()
                .toUriString();
    }
}
