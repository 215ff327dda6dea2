package org.kompanjoner.listings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.shared.Unavailable;
import org.kompanjoner.support.ListingMother;

class RelatedListingsTests {

    /** A search engine that does not answer, as a shared cluster that is down. */
    static final class Down implements SearchIndex {
        @Override
        public void put(SearchDocument document) {
            throw down();
        }

        @Override
        public void remove(String collection, long id) {
            throw down();
        }

        @Override
        public void replaceAll(String collection, Stream<SearchDocument> documents) {
            throw down();
        }

        @Override
        public long size(String collection) {
            throw down();
        }

        @Override
        public SearchResults search(SearchQuery query) {
            throw down();
        }

        private static Unavailable down() {
            return new Unavailable("The search engine is down", new IOException("Connection refused"));
        }
    }

    @Test
    void aListingIsShownWithoutRelatedListingsWhileSearchIsDown() {
        Listing listing = new Listing(
                1,
                2,
                ListingMother.content("Erbjuder samåkning"),
                ListingState.PUBLISHED,
                null,
                null,
                Instant.now(),
                Instant.now(),
                Instant.now());
        assertThat(new RelatedListings(new Down(), null).to(listing, LocalDate.now(), 3))
                .isEmpty();
    }
}
