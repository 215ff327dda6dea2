package org.kompanjoner.listings;

import java.util.Optional;

/** The marketplace as other modules see it. */
public interface Listings {

    Optional<ListingSummary> find(long listingId);
}
