package org.kompanjoner.listings.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.Term;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Option;

/**
 * The filters of the listings page with how many listings each choice would give: the vocabulary
 * choices as options named in the reader's language, each with its count; a choice with nothing behind
 * it is left out unless it is the one chosen.
 */
public record ListingFacets(
        SearchResults results,
        List<Option> challenges,
        List<Option> counties,
        List<Option> municipalities,
        List<Option> sectors) {

    static final List<String> COUNTED =
            List.of("category", "direction", "challenge", "county", "municipality", "sector");

    static ListingFacets of(SearchResults results, ListingFilters filters, Taxonomy taxonomy, Locale locale) {
        return new ListingFacets(
                results,
                options(results, taxonomy, TermKind.CHALLENGE, "challenge", filters.challenge(), locale, true),
                options(results, taxonomy, TermKind.COUNTY, "county", filters.county(), locale, false),
                options(
                        results,
                        taxonomy,
                        TermKind.MUNICIPALITY,
                        "municipality",
                        filters.municipality(),
                        locale,
                        false),
                options(results, taxonomy, TermKind.SECTOR, "sector", filters.sector(), locale, false));
    }

    /** How many listings match with this value chosen as well. */
    public int count(String facet, String value) {
        return results.count(facet, value);
    }

    private static List<Option> options(
            SearchResults results,
            Taxonomy taxonomy,
            TermKind kind,
            String facet,
            String chosen,
            Locale locale,
            boolean numbered) {
        Map<String, Integer> counts = results.facetCounts().getOrDefault(facet, Map.of());
        return taxonomy.all(kind).stream()
                .filter(term ->
                        counts.getOrDefault(term.code(), 0) > 0 || term.code().equals(chosen))
                .map(term -> new Option(
                        term.code(), label(term, locale, numbered) + " (" + counts.getOrDefault(term.code(), 0) + ")"))
                .toList();
    }

    private static String label(Term term, Locale locale, boolean numbered) {
        return numbered ? term.code() + ". " + term.name(locale) : term.name(locale);
    }
}
