package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompanjoner.listings.ListingState.DRAFT;
import static org.kompanjoner.listings.ListingState.EXPIRED;
import static org.kompanjoner.listings.ListingState.FULFILLED;
import static org.kompanjoner.listings.ListingState.PENDING_REVIEW;
import static org.kompanjoner.listings.ListingState.PUBLISHED;
import static org.kompanjoner.listings.ListingState.REMOVED;
import static org.kompanjoner.listings.ListingState.WITHDRAWN;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListingStateTests {

    @Test
    void aDraftIsSentOutOrGivenUp() {
        assertThat(EnumSet.allOf(ListingState.class).stream().filter(DRAFT::canMoveTo))
                .containsExactlyInAnyOrder(PENDING_REVIEW, PUBLISHED, WITHDRAWN, REMOVED);
    }

    @Test
    void aWaitingListingIsDecidedOnOrWithdrawn() {
        assertThat(EnumSet.allOf(ListingState.class).stream().filter(PENDING_REVIEW::canMoveTo))
                .containsExactlyInAnyOrder(PUBLISHED, DRAFT, WITHDRAWN, REMOVED);
    }

    @Test
    void aPublishedListingGoesBackToReviewOrClosesInFourWays() {
        assertThat(EnumSet.allOf(ListingState.class).stream().filter(PUBLISHED::canMoveTo))
                .containsExactlyInAnyOrder(PENDING_REVIEW, DRAFT, EXPIRED, WITHDRAWN, FULFILLED, REMOVED);
    }

    @Test
    void anExpiredListingIsRenewedOrClosedForGood() {
        assertThat(EnumSet.allOf(ListingState.class).stream().filter(EXPIRED::canMoveTo))
                .containsExactlyInAnyOrder(PUBLISHED, WITHDRAWN, FULFILLED, REMOVED);
    }

    @ParameterizedTest
    @EnumSource(names = {"WITHDRAWN", "FULFILLED", "REMOVED"})
    void aClosedListingStaysClosed(ListingState closed) {
        assertThat(EnumSet.allOf(ListingState.class).stream().filter(closed::canMoveTo))
                .isEmpty();
        assertThat(closed.open()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ListingState.class)
    void nothingMovesToWhereItAlreadyIs(ListingState state) {
        assertThat(state.canMoveTo(state)).isFalse();
    }

    @Test
    void onlyPublishedListingsCanExpire() {
        assertThat(EnumSet.allOf(ListingState.class).stream().filter(state -> state.canMoveTo(EXPIRED)))
                .containsExactly(PUBLISHED);
    }
}
