package org.kompanjoner.initiatives.web;

import java.util.ArrayList;
import java.util.List;
import org.kompanjoner.initiatives.Stage;
import org.kompanjoner.initiatives.internal.InitiativeIndexer;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.stereotype.Component;

/**
 * Searches the inventory's collection the same way for the list, the map and the open-data files, so
 * that all of them show the same entries for the same filters.
 */
@Component
class InitiativeSearch {

    static final int PAGE_SIZE = 20;
    static final int MAX_QUERY = 200;

    private final SearchIndex index;
    private final Taxonomy taxonomy;
    private final java.time.Clock clock;

    InitiativeSearch(SearchIndex index, Taxonomy taxonomy, java.time.Clock clock) {
        this.index = index;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** The filters as asked for, each unknown value dropped (an old bookmark, a hand-made address). */
    InitiativeFilters filters(InitiativeQuery query) {
        return filters(query, Vocabulary.read(taxonomy));
    }

    InitiativeFilters filters(InitiativeQuery query, Vocabulary vocabulary) {
        String text = query.q() == null ? "" : query.q().strip();
        String sort = query.sort();
        String page = query.page();
        return new InitiativeFilters(
                text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text,
                stage(query.stage()),
                vocabulary.knows(TermKind.CHALLENGE, query.challenge()) ? query.challenge() : null,
                vocabulary.knows(TermKind.COUNTY, query.county()) ? query.county() : null,
                vocabulary.knows(TermKind.MUNICIPALITY, query.municipality()) ? query.municipality() : null,
                vocabulary.knows(TermKind.SECTOR, query.sector()) ? query.sector() : null,
                "newest".equals(sort) ? "newest" : "relevance",
                page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1);
    }

    private static String stage(String value) {
        for (Stage stage : Stage.values()) {
            if (stage.name().equals(value)) {
                return value;
            }
        }
        return null;
    }

    /** One page of the list, with the facet counts. */
    SearchResults page(InitiativeFilters filters) {
        return search(filters, InitiativeFacets.COUNTED, (filters.page() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** The first {@code limit} entries the filters find, in the list's order, without counting facets. */
    List<Long> first(InitiativeFilters filters, int limit) {
        return search(filters, List.of(), 0, limit).ids();
    }

    /** Every entry the filters find, in the list's order. */
    List<Long> all(InitiativeFilters filters) {
        long total = search(filters, List.of(), 0, 1).total();
        List<Long> ids = new ArrayList<>();
        // In pages, so that no search holds more than a page of hits at once.
        for (int offset = 0; offset < total; offset += 5000) {
            ids.addAll(search(filters, List.of(), offset, 5000).ids());
        }
        return ids;
    }

    private SearchResults search(InitiativeFilters filters, List<String> counted, int offset, int limit) {
        SearchQuery.Order order = "newest".equals(filters.sort()) || filters.q().isBlank()
                ? SearchQuery.Order.NEWEST
                : SearchQuery.Order.RELEVANCE;
        return index.search(new SearchQuery(
                InitiativeIndexer.COLLECTION,
                filters.q(),
                filters.facets(),
                counted,
                order,
                offset,
                limit,
                java.time.LocalDate.now(clock)));
    }
}
