package org.kompanjoner.listings.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.shared.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Listings a visitor of one listing may want next: live listings on the same societal challenges in the
 * complementary direction, since someone who offers competence is looking for those who seek it. A
 * listing sharing more challenges ranks higher, then one in the same category, then the newer.
 *
 * <p>The ranked choice is kept per listing for a minute, and forgotten at once when this node indexes a
 * listing change: a listing page is read far more often than listings change, and its related listings
 * took three searches. A change made on another node shows here within the minute.
 */
@Component
public class RelatedListings {

    /** How many candidates each challenge contributes before ranking; enough for a short list. */
    private static final int CANDIDATES_PER_CHALLENGE = 12;

    private static final Logger log = LoggerFactory.getLogger(RelatedListings.class);

    private static final Duration KEPT_FOR = Duration.ofMinutes(1);
    private static final int LISTINGS_KEPT = 20_000;

    private record Choice(List<Long> ids, int limit, LocalDate today, Instant chosenAt) {}

    private final SearchIndex index;
    private final JdbcListings listings;
    private final Map<Long, Choice> chosen = new ConcurrentHashMap<>();

    RelatedListings(SearchIndex index, JdbcListings listings) {
        this.index = index;
        this.listings = listings;
    }

    public List<Listing> to(Listing listing, LocalDate today, int limit) {
        Instant now = Instant.now();
        Choice choice = chosen.get(listing.id());
        if (choice == null
                || !choice.today().equals(today)
                || choice.chosenAt().plus(KEPT_FOR).isBefore(now)
                || choice.limit() < limit) {
            List<Listing> related;
            try {
                related = choose(listing, today, limit);
            } catch (Unavailable unavailable) {
                // The listing itself is in the database: its page is shown, without suggestions.
                log.warn("Listing {} shown without related listings: {}", listing.id(), unavailable.getMessage());
                return List.of();
            }
            choice = new Choice(related.stream().map(Listing::id).toList(), limit, today, now);
            if (chosen.size() >= LISTINGS_KEPT) {
                chosen.clear();
            }
            chosen.put(listing.id(), choice);
        }
        // Read again: a listing closed within the minute is left out.
        Map<Long, Listing> byId = new HashMap<>();
        listings.byIds(choice.ids()).forEach(found -> byId.put(found.id(), found));
        return choice.ids().stream()
                .map(byId::get)
                .filter(found -> found != null && found.live(today))
                .limit(limit)
                .toList();
    }

    /** A listing was published, changed or closed: every choice may change. */
    void forget() {
        chosen.clear();
    }

    private List<Listing> choose(Listing listing, LocalDate today, int limit) {
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
