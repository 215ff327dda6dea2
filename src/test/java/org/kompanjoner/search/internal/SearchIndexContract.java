package org.kompanjoner.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;

/**
 * What every search engine behind the port must do, whichever runs: each engine's tests extend this with
 * the engine itself, so that both answer alike.
 */
abstract class SearchIndexContract {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    SearchIndex index;

    /** The engine, empty or not: every test replaces the collection it uses. */
    abstract SearchIndex engine() throws Exception;

    @BeforeEach
    void open() throws Exception {
        index = engine();
        index.replaceAll(
                "listings",
                Stream.of(
                        document(
                                1,
                                "Söker partner för kompetensförsörjning",
                                "Vi vill samarbeta med skolor.",
                                "COMPETENCE",
                                "SEEKING",
                                List.of("4", "8"),
                                30,
                                1),
                        document(
                                2,
                                "Erbjuder samarbeten kring matsvinn",
                                "Restaurangen delar sina erfarenheter.",
                                "COLLABORATION",
                                "OFFERING",
                                List.of("12"),
                                10,
                                2),
                        document(
                                3,
                                "Offering mentoring for social entrepreneurs",
                                "We help partners grow.",
                                "COMPETENCE",
                                "OFFERING",
                                List.of("8"),
                                60,
                                3),
                        document(
                                4,
                                "Utgången annons om kompetens",
                                "Gammal.",
                                "COMPETENCE",
                                "SEEKING",
                                List.of("8"),
                                -1,
                                4)));
    }

    static SearchDocument document(
            long id,
            String title,
            String body,
            String category,
            String direction,
            List<String> challenges,
            int daysLeft,
            int age) {
        return new SearchDocument(
                "listings",
                id,
                title,
                body,
                Map.of("category", List.of(category), "direction", List.of(direction), "challenge", challenges),
                Instant.parse("2026-11-01T10:00:00Z").plusSeconds(3600L * age),
                TODAY.plusDays(daysLeft));
    }

    SearchResults find(String text, Map<String, String> filters, SearchQuery.Order order) {
        return index.search(new SearchQuery(
                "listings", text, filters, List.of("category", "direction", "challenge"), order, 0, 10, TODAY));
    }

    @Test
    void aPartOfACompoundFindsTheWhole() {
        assertThat(find("kompetens", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .contains(1L);
        assertThat(find("försörjning", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .containsExactly(1L);
    }

    @Test
    void stemsSwedishAndEnglish() {
        assertThat(find("samarbete", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .contains(1L, 2L);
        assertThat(find("partners", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .contains(1L, 3L);
        assertThat(find("mentor entrepreneur", Map.of(), SearchQuery.Order.RELEVANCE)
                        .ids())
                .containsExactly(3L);
    }

    @Test
    void expiredDocumentsAreNotFound() {
        SearchResults everything = find("", Map.of(), SearchQuery.Order.NEWEST);
        assertThat(everything.total()).isEqualTo(3);
        assertThat(everything.ids()).containsExactly(3L, 2L, 1L);
    }

    @Test
    void filtersByFacetsAndCountsThem() {
        SearchResults competence = find("", Map.of("category", "COMPETENCE"), SearchQuery.Order.NEWEST);
        assertThat(competence.ids()).containsExactlyInAnyOrder(1L, 3L);
        assertThat(competence.count("direction", "SEEKING")).isEqualTo(1);
        assertThat(competence.count("direction", "OFFERING")).isEqualTo(1);
        assertThat(competence.count("challenge", "8")).isEqualTo(2);
        SearchResults seeking =
                find("", Map.of("category", "COMPETENCE", "direction", "SEEKING"), SearchQuery.Order.NEWEST);
        assertThat(seeking.ids()).containsExactly(1L);
        // A chosen facet counts as if it were not chosen, within the other choices: one competence
        // listing offers, one seeks; among those seeking, one is competence and none collaboration.
        assertThat(seeking.count("direction", "OFFERING")).isEqualTo(1);
        assertThat(seeking.count("direction", "SEEKING")).isEqualTo(1);
        assertThat(seeking.count("category", "COMPETENCE")).isEqualTo(1);
        assertThat(seeking.count("category", "COLLABORATION")).isZero();
        assertThat(seeking.count("challenge", "12")).isZero();
        // Nothing found still shows where the other choices lead.
        SearchResults none =
                find("", Map.of("category", "COLLABORATION", "direction", "SEEKING"), SearchQuery.Order.NEWEST);
        assertThat(none.total()).isZero();
        assertThat(none.count("direction", "OFFERING")).isEqualTo(1);
    }

    @Test
    void sortsByWhatExpiresFirst() {
        assertThat(find("", Map.of(), SearchQuery.Order.EXPIRING).ids()).containsExactly(2L, 1L, 3L);
    }

    @Test
    void aPageFarPastTheLastResultIsEmptyButStillCounts() {
        // An old bookmark asks for page 9,999: the page shows nothing, and the total says where to go.
        SearchResults far = index.search(new SearchQuery(
                "listings", "", Map.of(), List.of("direction"), SearchQuery.Order.NEWEST, 199_980, 20, TODAY));
        assertThat(far.ids()).isEmpty();
        assertThat(far.total()).isEqualTo(3);
        assertThat(far.count("direction", "OFFERING")).isEqualTo(2);
    }

    @Test
    void putReplacesAndRemoveDeletes() {
        index.put(document(
                2, "Erbjuder cykelreparationer", "Verkstad.", "COLLABORATION", "OFFERING", List.of("11"), 10, 2));
        assertThat(find("matsvinn", Map.of(), SearchQuery.Order.RELEVANCE).total())
                .isZero();
        assertThat(find("cykel", Map.of(), SearchQuery.Order.RELEVANCE).ids()).containsExactly(2L);
        index.remove("listings", 2);
        assertThat(find("cykel", Map.of(), SearchQuery.Order.RELEVANCE).total()).isZero();
        assertThat(index.size("listings")).isEqualTo(3);
    }

    /**
     * Documents added one at a time, some replaced with other facets and some removed (so the index has
     * many parts, and deletions in them): every count equals the one worked out from the documents left.
     */
    @Test
    void countsStayRightAfterManySingleChanges() {
        Map<Long, SearchDocument> left = new java.util.TreeMap<>();
        String[] categories = {"COMPETENCE", "COLLABORATION", "BUSINESS_IDEA"};
        for (int i = 10; i < 40; i++) {
            SearchDocument added = document(
                    i,
                    "Annons " + i,
                    "Text.",
                    categories[i % 3],
                    i % 2 == 0 ? "SEEKING" : "OFFERING",
                    List.of(String.valueOf(1 + i % 5), String.valueOf(6 + i % 3)),
                    i % 7 == 0 ? -1 : 20,
                    i);
            index.put(added);
            left.put((long) i, added);
        }
        for (int i = 10; i < 20; i++) {
            SearchDocument replaced =
                    document(i, "Annons " + i, "Text.", "BUSINESS_IDEA", "OFFERING", List.of("17"), 20, i);
            index.put(replaced);
            left.put((long) i, replaced);
        }
        for (int i = 30; i < 35; i++) {
            index.remove("listings", i);
            left.remove((long) i);
        }
        SearchResults offering = find("", Map.of("direction", "OFFERING"), SearchQuery.Order.NEWEST);
        List<SearchDocument> valid = left.values().stream()
                .filter(document ->
                        document.id() >= 10 && !document.validUntil().isBefore(TODAY))
                .toList();
        List<SearchDocument> offered = valid.stream()
                .filter(document -> document.facets().get("direction").contains("OFFERING"))
                .toList();
        // Besides those added here, the collection holds two valid offers (2 and 3) and one valid seeker (1).
        assertThat(offering.total()).isEqualTo(offered.size() + 2);
        for (String category : categories) {
            long expected = offered.stream()
                            .filter(document ->
                                    document.facets().get("category").contains(category))
                            .count()
                    + (category.equals("BUSINESS_IDEA") ? 0 : 1);
            assertThat(offering.count("category", category)).as(category).isEqualTo((int) expected);
        }
        for (int challenge = 1; challenge <= 17; challenge++) {
            String value = String.valueOf(challenge);
            long expected = offered.stream()
                            .filter(document ->
                                    document.facets().get("challenge").contains(value))
                            .count()
                    + (value.equals("8") || value.equals("12") ? 1 : 0);
            assertThat(offering.count("challenge", value))
                    .as("challenge " + value)
                    .isEqualTo((int) expected);
        }
        // The chosen direction counts as if it were not chosen.
        long seeking = valid.stream()
                        .filter(document -> document.facets().get("direction").contains("SEEKING"))
                        .count()
                + 1;
        assertThat(offering.count("direction", "SEEKING")).isEqualTo((int) seeking);
    }

    /**
     * Recall at five over the relevance set: of all the listings its searches must find among their first
     * five results, the share that are. Every kind of word form is tried, Swedish and English; the figure
     * is printed for the performance page.
     */
    @Test
    void theRelevanceSetFindsItsListingsInTheFirstFive() {
        RelevanceSet set = RelevanceSet.read();
        index.replaceAll(
                "relevance",
                set.listings().stream()
                        .map(listing -> new SearchDocument(
                                "relevance",
                                listing.id(),
                                listing.title(),
                                listing.text(),
                                Map.of(),
                                Instant.parse("2026-11-01T10:00:00Z").plusSeconds(listing.id()),
                                TODAY.plusDays(30))));
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (RelevanceSet.Search search : set.searches()) {
            List<Long> firstFive = index.search(new SearchQuery(
                            "relevance", search.words(), Map.of(), List.of(), SearchQuery.Order.RELEVANCE, 0, 5, TODAY))
                    .ids();
            for (long expected : search.expected()) {
                if (firstFive.contains(expected)) {
                    found++;
                } else {
                    missed.add(search.words() + " → " + expected + " (" + search.kind() + "), found " + firstFive);
                }
            }
        }
        double recall = (double) found / set.pairs();
        System.out.printf(
                "Relevance set on %s: recall@5 %.3f (%d of %d, %d searches)%n",
                getClass().getSimpleName(),
                recall,
                found,
                set.pairs(),
                set.searches().size());
        missed.forEach(miss -> System.out.println("  missed: " + miss));
        assertThat(recall).as("recall@5, missed: %s", missed).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aListingWithTheWordInItsTitleRanksAboveOneWithItDeepInItsText() {
        RelevanceSet set = RelevanceSet.read();
        index.replaceAll(
                "relevance",
                set.listings().stream()
                        .map(listing -> new SearchDocument(
                                "relevance",
                                listing.id(),
                                listing.title(),
                                listing.text(),
                                Map.of(),
                                // The deep mentions are the newest, so the order is not the newest first.
                                Instant.parse("2026-11-01T10:00:00Z").plusSeconds(listing.id()),
                                TODAY.plusDays(30))));
        assertThat(firstOf("kyrkogård")).isEqualTo(3L);
        assertThat(firstOf("skolgårdar")).isEqualTo(2L);
        assertThat(firstOf("bokföring")).isEqualTo(9L);
        assertThat(firstOf("städer")).isEqualTo(4L);
    }

    private long firstOf(String words) {
        return index.search(new SearchQuery(
                        "relevance", words, Map.of(), List.of(), SearchQuery.Order.RELEVANCE, 0, 5, TODAY))
                .ids()
                .get(0);
    }
}
