package org.kompanjoner.initiatives.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kompanjoner.initiatives.Stage;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.taxonomy.Term;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Option;

/**
 * The inventory's filters with how many entries each choice would give, named in the reader's
 * language; a choice with nothing behind it is left out unless it is the one chosen.
 */
public record InitiativeFacets(
        List<Option> stages,
        List<Option> challenges,
        List<Option> counties,
        List<Option> municipalities,
        List<Option> sectors) {

    static final List<String> COUNTED = List.of("stage", "challenge", "county", "municipality", "sector");

    static InitiativeFacets of(
            SearchResults results,
            InitiativeFilters filters,
            Vocabulary taxonomy,
            Locale locale,
            Function<Stage, String> stageName) {
        return new InitiativeFacets(
                options(
                        results,
                        "stage",
                        filters.stage(),
                        Arrays.stream(Stage.values())
                                .map(stage -> Map.entry(stage.name(), stageName.apply(stage)))
                                .toList()),
                terms(results, taxonomy, TermKind.CHALLENGE, "challenge", filters.challenge(), locale),
                terms(results, taxonomy, TermKind.COUNTY, "county", filters.county(), locale),
                terms(results, taxonomy, TermKind.MUNICIPALITY, "municipality", filters.municipality(), locale),
                terms(results, taxonomy, TermKind.SECTOR, "sector", filters.sector(), locale));
    }

    private static List<Option> terms(
            SearchResults results, Vocabulary taxonomy, TermKind kind, String facet, String chosen, Locale locale) {
        return options(
                results,
                facet,
                chosen,
                taxonomy.all(kind).stream()
                        .map(term -> Map.entry(term.code(), label(term, kind, locale)))
                        .toList());
    }

    private static String label(Term term, TermKind kind, Locale locale) {
        return kind == TermKind.CHALLENGE ? term.code() + ". " + term.name(locale) : term.name(locale);
    }

    private static List<Option> options(
            SearchResults results, String facet, String chosen, List<Map.Entry<String, String>> values) {
        Map<String, Integer> counts = results.facetCounts().getOrDefault(facet, Map.of());
        return values.stream()
                .filter(value -> counts.getOrDefault(value.getKey(), 0) > 0
                        || value.getKey().equals(chosen))
                .map(value -> new Option(
                        value.getKey(), value.getValue() + " (" + counts.getOrDefault(value.getKey(), 0) + ")"))
                .toList();
    }
}
