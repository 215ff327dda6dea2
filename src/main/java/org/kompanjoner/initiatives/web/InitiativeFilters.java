package org.kompanjoner.initiatives.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

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

    /** The chosen facet values, by the facet names the index uses. */
    Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        put(facets, "stage", stage);
        put(facets, "challenge", challenge);
        put(facets, "county", county);
        put(facets, "municipality", municipality);
        put(facets, "sector", sector);
        return facets;
    }

    /** How many filters and orderings are chosen beyond the words searched for. */
    public int narrowedBy() {
        return facets().size() + (sort != null && !"relevance".equals(sort) ? 1 : 0);
    }

    private static void put(Map<String, String> facets, String name, String value) {
        if (value != null && !value.isBlank()) {
            facets.put(name, value);
        }
    }

    InitiativeFilters onPage(int otherPage) {
        return new InitiativeFilters(q, stage, challenge, county, municipality, sector, sort, otherPage);
    }

    /** This search on another page, as a link. */
    public String pageUrl(String path, int otherPage) {
        return url(path).queryParam("page", otherPage).encode().build().toUriString();
    }

    /** This search at another address (the same entries as CSV, GeoJSON or map data), all pages. */
    public String at(String path) {
        return url(path).encode().build().toUriString();
    }

    private UriComponentsBuilder url(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q);
        }
        facets().forEach(url::queryParam);
        if (sort != null && !"relevance".equals(sort)) {
            url.queryParam("sort", sort);
        }
        return url;
    }
}
