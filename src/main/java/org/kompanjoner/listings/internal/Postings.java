package org.kompanjoner.listings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.kompanjoner.listings.ListingClosed;
import org.kompanjoner.listings.ListingEdited;
import org.kompanjoner.listings.ListingFacts;
import org.kompanjoner.listings.ListingPublished;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.ListingSubmittedForReview;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.web.Markdown;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a listing: draft, submitted, waiting for review or published, then expired, withdrawn,
 * fulfilled or removed. Every change checks here that the person making it may make it, and is
 * recorded with who and when.
 */
@Service
public class Postings {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    /** More links than this in one listing sends it to review even from a known poster. */
    static final int LINKS_WITHOUT_REVIEW = 3;
    /**
     * A member none of whose listings has yet been published may put at most this many links in one:
     * spam arrives with links, and a new account is where it comes from.
     */
    public static final int NEW_MEMBER_LINKS = 2;

    private final JdbcListings listings;
    private final ListingTranslations translations;
    private final ApplicationEventPublisher events;
    private final Markdown markdown;
    private final Clock clock;

    Postings(
            JdbcListings listings,
            ListingTranslations translations,
            ApplicationEventPublisher events,
            Markdown markdown,
            Clock clock) {
        this.listings = listings;
        this.translations = translations;
        this.events = events;
        this.markdown = markdown;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** False when a member who is new to posting puts more links in the text than a new member may. */
    public boolean withinLinkLimit(long ownerId, ListingContent content) {
        return links(content) <= NEW_MEMBER_LINKS || listings.everPublishedBy(ownerId) > 0;
    }

    @Transactional
    public long saveDraft(long ownerId, ListingContent content) {
        refuseTooManyLinks(ownerId, content);
        return listings.insert(ownerId, content, ListingState.DRAFT);
    }

    private void refuseTooManyLinks(long ownerId, ListingContent content) {
        if (!withinLinkLimit(ownerId, content)) {
            throw new Refused("listings.description.too-many-links");
        }
    }

    /**
     * Saves new content and gives the state the listing is in afterwards: a published listing whose new
     * text has many links goes back to review, since approving a harmless text and then rewriting it
     * must not be a way around the review.
     */
    @Transactional
    public ListingState edit(long listingId, ListingContent content, long actorId) {
        Listing listing = owned(listingId, actorId);
        if (!listing.state().open()) {
            throw Refused.notNow("listings.closed");
        }
        refuseTooManyLinks(listing.ownerId(), content);
        listings.update(listingId, content);
        ListingFacts edited = Listing.facts(listingId, listing.ownerId(), content);
        if (listing.state() == ListingState.PUBLISHED && links(content) > LINKS_WITHOUT_REVIEW) {
            move(listing, ListingState.PENDING_REVIEW, actorId, null);
            // Out of search too until a coordinator has looked: the index follows the edit events.
            events.publishEvent(new ListingEdited(edited));
            return ListingState.PENDING_REVIEW;
        }
        events.publishEvent(new ListingEdited(edited));
        return listing.state();
    }

    /**
     * Sends a draft out: a poster's first listing, and any with many links, waits for a coordinator;
     * the rest is published at once.
     */
    @Transactional
    public ListingState submit(long listingId, long actorId) {
        Listing listing = owned(listingId, actorId);
        if (listing.state() != ListingState.DRAFT) {
            throw Refused.notNow("listings.not-now");
        }
        // A listing a coordinator sent back is looked at again, even from a poster who is known by now.
        boolean review = listings.everPublishedBy(listing.ownerId()) == 0
                || links(listing.content()) > LINKS_WITHOUT_REVIEW
                || listings.sentBack(listingId);
        ListingState next = review ? ListingState.PENDING_REVIEW : ListingState.PUBLISHED;
        move(listing, next, actorId, null);
        return next;
    }

    // Refused decisions write nothing, so they need not spoil the transaction they are part of.
    @Transactional(noRollbackFor = Refused.class)
    public void approve(long listingId, long coordinatorId) {
        approve(listingId, coordinatorId, null);
    }

    /** Approves the version the coordinator read ({@code seen}, its last change), or refuses; null skips that check. */
    // Refused decisions write nothing, so they need not spoil the transaction they are part of.
    @Transactional(noRollbackFor = Refused.class)
    public void approve(long listingId, long coordinatorId, Instant seen) {
        Listing listing = listings.lockAndRead(listingId).orElseThrow();
        requireAnotherReviewer(listing, coordinatorId);
        if (listing.state() != ListingState.PENDING_REVIEW) {
            throw Refused.notNow("listings.not-now");
        }
        if (seen != null && listing.updatedAt().toEpochMilli() != seen.toEpochMilli()) {
            throw Refused.notNow("listings.not-now");
        }
        move(listing, ListingState.PUBLISHED, coordinatorId, null);
    }

    /** Back to a draft the owner can change and submit again; the message says what to change. */
    // Refused decisions write nothing, so they need not spoil the transaction they are part of.
    @Transactional(noRollbackFor = Refused.class)
    public void askForChanges(long listingId, long coordinatorId, String message) {
        Listing listing = listings.byId(listingId).orElseThrow();
        requireAnotherReviewer(listing, coordinatorId);
        if (listing.state() != ListingState.PENDING_REVIEW && listing.state() != ListingState.PUBLISHED) {
            throw Refused.notNow("listings.not-now");
        }
        move(listing, ListingState.DRAFT, coordinatorId, message);
    }

    // Refused decisions write nothing, so they need not spoil the transaction they are part of.
    @Transactional(noRollbackFor = Refused.class)
    public void remove(long listingId, long coordinatorId, String reason) {
        Listing listing = listings.byId(listingId).orElseThrow();
        requireAnotherReviewer(listing, coordinatorId);
        if (!listing.state().open() && listing.state() != ListingState.EXPIRED) {
            throw Refused.notNow("listings.not-now");
        }
        move(listing, ListingState.REMOVED, coordinatorId, reason);
    }

    @Transactional
    public void withdraw(long listingId, long actorId) {
        Listing listing = owned(listingId, actorId);
        if (!listing.state().open() && listing.state() != ListingState.EXPIRED) {
            throw Refused.notNow("listings.not-now");
        }
        move(listing, ListingState.WITHDRAWN, actorId, null);
    }

    /** "We found a partner": closes the listing, optionally with a short story of what came of it. */
    @Transactional
    public void markFulfilled(long listingId, String story, long actorId) {
        Listing listing = owned(listingId, actorId);
        if (listing.state() != ListingState.PUBLISHED && listing.state() != ListingState.EXPIRED) {
            throw Refused.notNow("listings.not-now");
        }
        listings.setFulfilledStory(listingId, story == null || story.isBlank() ? null : story.strip());
        move(listing, ListingState.FULFILLED, actorId, null);
    }

    /** Closes a published listing whose last day has passed (the nightly job, not a person). */
    @Transactional(noRollbackFor = Refused.class)
    public void expire(long listingId) {
        // Locked: an owner renewing at this moment either comes first (and the listing stays) or after.
        Listing listing = listings.lockAndRead(listingId).orElseThrow();
        if (listing.state() != ListingState.PUBLISHED
                || !listing.content().expiresOn().isBefore(today())) {
            throw Refused.notNow("listings.not-now");
        }
        move(listing, ListingState.EXPIRED, null, null);
    }

    /** Renews from the link in the reminder mail: the link itself proves it comes from the owner. */
    @Transactional
    public boolean renewByLink(long listingId) {
        Listing listing = listings.lockAndRead(listingId).orElseThrow();
        if (listing.state() != ListingState.PUBLISHED && listing.state() != ListingState.EXPIRED) {
            return false;
        }
        renew(listingId, listing.ownerId());
        return true;
    }

    /** Gives a published or expired listing another {@value #DEFAULT_DAYS} days. */
    @Transactional
    public void renew(long listingId, long actorId) {
        Listing listing = listings.lockAndRead(listingId).orElseThrow();
        if (!listing.ownedBy(actorId)) {
            throw Refused.notYours("Only the owner may change a listing");
        }
        if (listing.state() != ListingState.PUBLISHED && listing.state() != ListingState.EXPIRED) {
            throw Refused.notNow("listings.not-now");
        }
        // Renewing never shortens a listing that was posted for longer.
        LocalDate renewed = today().plusDays(DEFAULT_DAYS);
        listings.setExpiry(
                listingId,
                listing.content().expiresOn().isAfter(renewed)
                        ? listing.content().expiresOn()
                        : renewed);
        if (listing.state() == ListingState.EXPIRED) {
            move(listing, ListingState.PUBLISHED, actorId, null);
        } else {
            events.publishEvent(new ListingEdited(listing.facts()));
        }
    }

    /**
     * Saves the listing's title, summary and description in another language, by its owner or by staff
     * ({@code staff}). The translation is held to the rules of the original: a member new to posting may
     * put no more links in it than in a listing, and a published listing whose translation has many
     * links goes back to review. Gives the state the listing is in afterwards.
     */
    @Transactional
    public ListingState translate(
            long listingId, String language, TextFields fields, boolean machine, long actorId, boolean staff) {
        Listing listing = translatable(listingId, actorId, staff);
        int links = links(fields, java.util.List.of());
        if (links > NEW_MEMBER_LINKS && listings.everPublishedBy(listing.ownerId()) == 0) {
            throw new Refused("listings.description.too-many-links", NEW_MEMBER_LINKS);
        }
        translations.save(listingId, language, fields, machine);
        if (listing.state() == ListingState.PUBLISHED && links > LINKS_WITHOUT_REVIEW) {
            move(listing, ListingState.PENDING_REVIEW, actorId, null);
            events.publishEvent(new ListingEdited(listing.facts()));
            return ListingState.PENDING_REVIEW;
        }
        // The index finds a listing by its translations too.
        events.publishEvent(new ListingEdited(listing.facts()));
        return listing.state();
    }

    /** Removes the listing's translation into {@code language}, by its owner or by staff. */
    @Transactional
    public void removeTranslation(long listingId, String language, long actorId, boolean staff) {
        translatable(listingId, actorId, staff);
        if (translations.remove(listingId, language)) {
            events.publishEvent(
                    new ListingEdited(listings.byId(listingId).orElseThrow().facts()));
        }
    }

    /** The listing, when {@code actorId} may change its translations now: its owner or staff, while it is open. */
    private Listing translatable(long listingId, long actorId, boolean staff) {
        Listing listing = listings.byId(listingId).orElseThrow(Refused::notFound);
        if (!listing.ownedBy(actorId) && !staff) {
            throw Refused.notYours("Only the owner or staff may translate a listing");
        }
        if (!listing.state().open()) {
            throw Refused.notNow("listings.closed");
        }
        return listing;
    }

    private void move(Listing listing, ListingState to, Long actorId, String reason) {
        if (!listing.state().canMoveTo(to)
                || !listings.changeState(listing.id(), listing.state(), to, actorId, reason)) {
            throw Refused.notNow("listings.not-now");
        }
        switch (to) {
            case PUBLISHED -> events.publishEvent(new ListingPublished(listing.facts()));
            case PENDING_REVIEW -> events.publishEvent(new ListingSubmittedForReview(listing.facts()));
            case DRAFT, WITHDRAWN, FULFILLED, REMOVED, EXPIRED -> {
                if (listing.state() == ListingState.PUBLISHED || listing.state() == ListingState.EXPIRED) {
                    events.publishEvent(new ListingClosed(listing.facts(), to));
                }
            }
        }
    }

    /**
     * Review is a second pair of eyes: staff who posted a listing leave the decisions on it to a colleague
     * (they withdraw it themselves rather than remove it).
     */
    private static void requireAnotherReviewer(Listing listing, long reviewerId) {
        if (listing.ownedBy(reviewerId)) {
            throw Refused.notYours("A listing is reviewed by someone other than its owner");
        }
    }

    private Listing owned(long listingId, long actorId) {
        Listing listing = listings.byId(listingId).orElseThrow();
        if (!listing.ownedBy(actorId)) {
            throw Refused.notYours("Only the owner may change a listing");
        }
        return listing;
    }

    /**
     * The links in a listing, counted as readers (and spammers) see them: what the description's Markdown
     * turns into links and every address written in it, in any spelling a browser follows, plus addresses
     * in the plain fields, which nobody can click but which carry the same spam.
     */
    private int links(ListingContent content) {
        return links(content.texts(), content.tags());
    }

    private int links(TextFields texts, java.util.List<String> tags) {
        int plain = Stream.concat(Stream.of(texts.title(), texts.summary()), tags.stream())
                .mapToInt(Markdown::linksInText)
                .sum();
        return plain + markdown.links(texts.text());
    }
}
