package org.kompanjoner.listings.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.springframework.stereotype.Component;

/**
 * Listings a visitor of one listing may want next: live listings on the same societal challenges in the
 * complementary direction, since someone who offers competence is looking for those who seek it. A
 * listing sharing more challenges ranks higher, then one in the same category, then the newer.
 */
@Component
public class RelatedListings {

    /** How many candidates each challenge contributes before ranking; enough for a short list. */
    private static final int CANDIDATES_PER_CHALLENGE = 12;

    private final SearchIndex index;
    private final JdbcListings listings;

    RelatedListings(SearchIndex index, JdbcListings listings) {
        this.index = index;
        this.listings = listings;
    }

    public List<Listing> to(Listing listing, LocalDate today, int limit) {
        var content = listing.content();
        Map<Long, Integer> sharedChallenges = new HashMap<>();
        for (String challenge : content.challenges()) {
            // One query per challenge: the index's filters combine with AND, and a partner on any one of
            // the listing's challenges is worth showing.
            SearchResults found = index.search(new SearchQuery(
                    ListingIndexer.COLLECTION,
                    "",
                    Map.of("direction", content.direction().complement().name(), "challenge", challenge),
                    List.of(),
                    SearchQuery.Order.NEWEST,
                    0,
                    CANDIDATES_PER_CHALLENGE,
                    today));
            found.ids().stream()
                    .filter(id -> id != listing.id())
                    .forEach(id -> sharedChallenges.merge(id, 1, Integer::sum));
        }
        return listings.byIds(List.copyOf(sharedChallenges.keySet())).stream()
                .filter(candidate -> candidate.live(today))
                .sorted(Comparator.<Listing>comparingInt(candidate -> -sharedChallenges.get(candidate.id()))
                        .thenComparing(candidate -> candidate.content().category() != content.category())
                        .thenComparing(Listing::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(limit)
                .toList();
    }
}
