package org.kompanjoner.initiatives.web;

import java.util.List;
import java.util.Map;
import org.kompanjoner.web.SearchLinks;

/** What a visitor searches the inventory for; every field optional, unknown values dropped. */
public record InitiativeFilters(
        String q,
        String stage,
        String challenge,
        String county,
        String municipality,
        String sector,
        String sort,
        int page) {

    /** The facets a visitor may narrow by, by the names the index uses. */
    static final List<String> FACETS = List.of("stage", "challenge", "county", "municipality", "sector");

    /** The chosen facet values, by the facet names the index uses. */
    Map<String, String> facets() {
        return SearchLinks.chosen(FACETS, stage, challenge, county, municipality, sector);
    }

    /** How many filters and orderings are chosen beyond the words searched for. */
    public int narrowedBy() {
        return SearchLinks.narrowedBy(facets(), sort);
    }

    InitiativeFilters onPage(int otherPage) {
        return new InitiativeFilters(q, stage, challenge, county, municipality, sector, sort, otherPage);
    }

    /** This search on another page, as a link. */
    public String pageUrl(String path, int otherPage) {
        return SearchLinks.link(path, q, facets(), sort)
                .queryParam("page", otherPage)
                .encode()
                .build()
                .toUriString();
    }

    /** This search at another address (the same entries as CSV, GeoJSON or map data), all pages. */
    public String at(String path) {
        return SearchLinks.link(path, q, facets(), sort).encode().build().toUriString();
    }
}
