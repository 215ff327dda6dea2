package org.kompanjoner.listings.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kompanjoner.listings.InterestAccepted;
import org.kompanjoner.listings.InterestExpressed;
import org.kompanjoner.listings.ListingClosed;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressions of interest: a member writes why a listing interests them; the owner accepts or declines.
 * Only after acceptance do the two see each other's name, organisation and address, and write to each
 * other here, each message also mailed to the other.
 */
@Service
public class Interests {

    public static final int MAX_MESSAGE = 2000;
    public static final int PER_MEMBER_PER_DAY = 10;

    public enum State {
        OPEN,
        ACCEPTED,
        DECLINED
    }

    public record Interest(long id, long listingId, long memberId, String message, State state, Instant createdAt) {}

    public record Message(long authorId, String body, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final JdbcListings listings;
    private final Postings postings;
    private final ListingMails mails;
    private final ApplicationEventPublisher events;

    Interests(
            JdbcClient jdbc,
            JdbcListings listings,
            Postings postings,
            ListingMails mails,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.postings = postings;
        this.mails = mails;
        this.events = events;
    }

    @Transactional
    public long express(long listingId, long memberId, String message) {
        // Locked, so that the same form sent twice at once cannot open two interests.
        Listing listing = listings.lockAndRead(listingId).orElseThrow();
        if (listing.ownedBy(memberId)) {
            throw Refused.notYours("The owner cannot answer their own listing");
        }
        if (!listing.live(postings.today())) {
            throw new Refused("listings.interest.closed");
        }
        if (openBy(listingId, memberId).isPresent()) {
            throw new Refused("listings.interest.already");
        }
        if (countSince(memberId, Instant.now().minus(Duration.ofDays(1))) >= PER_MEMBER_PER_DAY) {
            throw new Refused("listings.interest.too-many");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into listings_interest (listing_id, member_id, message, state, created_at)
                values (?, ?, ?, 'OPEN', ?)
                """)
                .params(listingId, memberId, message, Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKey().longValue();
        mails.aboutInterest(
                listing.ownerId(),
                "listings.mail.interest.subject",
                "listings.mail.interest.body",
                listing,
                message,
                id);
        events.publishEvent(new InterestExpressed(id, listing.facts(), memberId));
        return id;
    }

    @Transactional
    public void decide(long interestId, long ownerId, boolean accept) {
        Interest interest = find(interestId).orElseThrow();
        Listing listing = listings.byId(interest.listingId()).orElseThrow();
        if (!listing.ownedBy(ownerId)) {
            throw Refused.notYours("Only the owner decides");
        }
        // Accepting reveals the member's contact details: not once the listing is closed, least of all
        // when a coordinator removed it.
        if (listing.state() != ListingState.PUBLISHED && listing.state() != ListingState.EXPIRED) {
            throw new Refused("listings.interest.closed");
        }
        int changed = jdbc.sql("update listings_interest set state = ?, decided_at = ? where id = ? and state = 'OPEN'")
                .params((accept ? State.ACCEPTED : State.DECLINED).name(), Timestamp.from(Instant.now()), interestId)
                .update();
        if (changed == 0) {
            throw new Refused("listings.interest.decided");
        }
        mails.aboutInterest(
                interest.memberId(),
                accept ? "listings.mail.accepted.subject" : "listings.mail.declined.subject",
                accept ? "listings.mail.accepted.body" : "listings.mail.declined.body",
                listing,
                null,
                interestId);
        if (accept) {
            events.publishEvent(new InterestAccepted(interestId, listing.facts(), interest.memberId()));
        }
    }

    @Transactional
    public void write(long interestId, long authorId, String body) {
        Interest interest = find(interestId).orElseThrow();
        Listing listing = listings.byId(interest.listingId()).orElseThrow();
        if (!party(interest, listing, authorId)) {
            throw Refused.notYours("Not part of this conversation");
        }
        if (interest.state() != State.ACCEPTED) {
            throw new Refused("listings.interest.not-accepted");
        }
        if (listing.state() == ListingState.REMOVED) {
            throw new Refused("listings.interest.closed");
        }
        jdbc.sql("insert into listings_message (interest_id, author_id, body, created_at) values (?, ?, ?, ?)")
                .params(interestId, authorId, body, Timestamp.from(Instant.now()))
                .update();
        long other = authorId == listing.ownerId() ? interest.memberId() : listing.ownerId();
        mails.aboutInterest(
                other, "listings.mail.message.subject", "listings.mail.message.body", listing, body, interestId);
    }

    /**
     * When a listing is closed for good (a partner found, withdrawn, removed), the interests still waiting
     * for an answer will not get one: they are declined in the same transaction and their senders told,
     * rather than left waiting. An expired listing keeps them, since its owner may renew it and answer.
     */
    @EventListener
    void on(ListingClosed closed) {
        if (closed.state() != ListingState.FULFILLED
                && closed.state() != ListingState.WITHDRAWN
                && closed.state() != ListingState.REMOVED) {
            return;
        }
        Listing listing = listings.byId(closed.listingId()).orElseThrow();
        for (Interest interest : forListing(listing.id())) {
            if (interest.state() != State.OPEN) {
                continue;
            }
            jdbc.sql("update listings_interest set state = 'DECLINED', decided_at = ? where id = ? and state = 'OPEN'")
                    .params(Timestamp.from(Instant.now()), interest.id())
                    .update();
            mails.aboutInterest(
                    interest.memberId(),
                    "listings.mail.closed.subject",
                    "listings.mail.closed.body",
                    listing,
                    null,
                    interest.id());
        }
    }

    /** True when {@code personId} is the listing's owner or the member who answered it. */
    public boolean party(Interest interest, Listing listing, long personId) {
        return listing.ownedBy(personId) || interest.memberId() == personId;
    }

    public Optional<Interest> find(long id) {
        return jdbc.sql("select * from listings_interest where id = ?")
                .param(id)
                .query((rs, row) -> interest(rs))
                .optional();
    }

    public List<Interest> forListing(long listingId) {
        return jdbc.sql("select * from listings_interest where listing_id = ? order by created_at desc, id desc")
                .param(listingId)
                .query((rs, row) -> interest(rs))
                .list();
    }

    public List<Interest> byMember(long memberId) {
        return jdbc.sql("select * from listings_interest where member_id = ? order by created_at desc, id desc")
                .param(memberId)
                .query((rs, row) -> interest(rs))
                .list();
    }

    /** The member's interest in the listing that is still open or was accepted, the newest if several. */
    public Optional<Interest> openBy(long listingId, long memberId) {
        return jdbc.sql("""
                        select * from listings_interest where listing_id = ? and member_id = ? and state <> 'DECLINED'
                        order by created_at desc, id desc
                        """).params(listingId, memberId).query((rs, row) -> interest(rs)).list().stream()
                .findFirst();
    }

    public List<Message> messages(long interestId) {
        return jdbc.sql("select * from listings_message where interest_id = ? order by created_at, id")
                .param(interestId)
                .query((rs, row) -> new Message(
                        rs.getLong("author_id"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Seconds until the member may express interest again under the daily limit; 0 when they may now. */
    public long secondsUntilAllowed(long memberId) {
        List<Timestamp> recent = jdbc.sql("""
                select created_at from listings_interest where member_id = ? and created_at > ?
                order by created_at desc
                """)
                .params(memberId, Timestamp.from(Instant.now().minus(Duration.ofDays(1))))
                .query(Timestamp.class)
                .list();
        if (recent.size() < PER_MEMBER_PER_DAY) {
            return 0;
        }
        // The oldest interest that still counts leaves the day's window first.
        Instant freed = recent.get(PER_MEMBER_PER_DAY - 1).toInstant().plus(Duration.ofDays(1));
        return Math.max(1, Duration.between(Instant.now(), freed).toSeconds() + 1);
    }

    private long countSince(long memberId, Instant since) {
        return jdbc.sql("select count(*) from listings_interest where member_id = ? and created_at > ?")
                .params(memberId, Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    private static Interest interest(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Interest(
                rs.getLong("id"),
                rs.getLong("listing_id"),
                rs.getLong("member_id"),
                rs.getString("message"),
                State.valueOf(rs.getString("state")),
                rs.getTimestamp("created_at").toInstant());
    }
}
