package org.kompanjoner.listings.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.ListingSummary;
import org.kompanjoner.listings.Listings;
import org.kompanjoner.moderation.ReviewItem;
import org.kompanjoner.moderation.Reviewable;
import org.kompanjoner.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ListingsFacade implements Listings, Reviewable {

    static final String KIND = "LISTING";

    private final JdbcListings listings;
    private final Postings postings;
    private final ListingMails mails;

    ListingsFacade(JdbcListings listings, Postings postings, ListingMails mails) {
        this.listings = listings;
        this.postings = postings;
        this.mails = mails;
    }

    @Override
    public Optional<ListingSummary> find(long listingId) {
        return listings.byId(listingId).map(ListingsFacade::summary);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String slug() {
        return ListingRoutes.REVIEW_SLUG;
    }

    @Override
    public String kindLabelKey() {
        return "listings.kind";
    }

    @Override
    public List<ReviewItem> waiting() {
        return listings.waitingForReview().stream().map(ListingsFacade::item).toList();
    }

    @Override
    public Optional<ReviewItem> item(long listingId) {
        return listings.byId(listingId).map(ListingsFacade::item);
    }

    private static ReviewItem item(Listing listing) {
        return new ReviewItem(
                KIND,
                listing.id(),
                List.of(listing.ownerId()),
                listing.content().title(),
                listing.content().summary(),
                listing.content().language(),
                ListingRoutes.listing(listing.id()),
                listing.updatedAt(),
                listing.state() == ListingState.PUBLISHED,
                null);
    }

    @Override
    @Transactional
    public boolean approve(long listingId, long coordinatorId, Instant seen) {
        return decide(() -> postings.approve(listingId, coordinatorId, seen), listingId, "approved", null);
    }

    @Override
    @Transactional
    public boolean askForChanges(long listingId, long coordinatorId, String message) {
        return decide(() -> postings.askForChanges(listingId, coordinatorId, message), listingId, "changes", message);
    }

    @Override
    @Transactional
    public boolean remove(long listingId, long coordinatorId, String reason) {
        return decide(() -> postings.remove(listingId, coordinatorId, reason), listingId, "removed", reason);
    }

    /** Carries the decision out and tells the owner (mail {@code listings.mail.<decision>.*}); false when too late. */
    private boolean decide(Runnable decision, long listingId, String decided, String reason) {
        String subjectKey = "listings.mail." + decided + ".subject";
        String bodyKey = "listings.mail." + decided + ".body";
        if (listings.byId(listingId).isEmpty()) {
            return false;
        }
        try {
            decision.run();
        } catch (Refused notNow) {
            notNow.explained();
            // A decision on a listing that changed meanwhile is not made; the queue says so.
            return false;
        }
        tellOwner(listingId, subjectKey, bodyKey, reason);
        return true;
    }

    /** Tells the owner what a coordinator decided, in the owner's language. */
    private void tellOwner(long listingId, String subjectKey, String bodyKey, String reason) {
        mails.decision(listings.byId(listingId).orElseThrow(), subjectKey, bodyKey, reason);
    }

    private static ListingSummary summary(Listing listing) {
        return new ListingSummary(
                listing.id(),
                listing.ownerId(),
                listing.content().title(),
                listing.content().summary(),
                listing.state(),
                listing.updatedAt(),
                listing.content().language());
    }
}
