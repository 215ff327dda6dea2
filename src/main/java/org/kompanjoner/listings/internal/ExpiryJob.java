package org.kompanjoner.listings.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.SecretToken;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour, on one node at a time: closes published listings whose last day has passed, and mails the
 * owners of listings that expire within a week a reminder with a one-click renewal link (valid until
 * the listing would have expired plus a week, usable once).
 */
@Component
public class ExpiryJob {

    static final int REMIND_DAYS_BEFORE = 7;

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

    private final JdbcListings listings;
    private final Postings postings;
    private final ListingMails mails;
    private final TransactionTemplate transactions;
    private final java.time.ZoneId zone;

    ExpiryJob(
            JdbcListings listings,
            Postings postings,
            ListingMails mails,
            TransactionTemplate transactions,
            Settings settings) {
        this.listings = listings;
        this.postings = postings;
        this.mails = mails;
        this.transactions = transactions;
        this.zone = settings.zone();
    }

    @Scheduled(cron = "${kompanjoner.listings.expiry-cron:0 5 * * * *}", zone = "${kompanjoner.zone:Europe/Stockholm}")
    @SchedulerLock(name = "listings-expiry", lockAtMostFor = "PT30M")
    public void run() {
        for (long id : listings.publishedButPast(postings.today())) {
            try {
                postings.expire(id);
            } catch (Refused renewedMeanwhile) {
                // The owner renewed it between the query and now: nothing to do.
            } catch (RuntimeException failure) {
                // One listing that cannot be expired must not keep the others open; the next run tries again.
                log.warn("Could not expire listing {}", id, failure);
            }
        }
        List<Listing> expiring = listings.expiringUnreminded(postings.today(), REMIND_DAYS_BEFORE);
        for (Listing listing : expiring) {
            try {
                transactions.executeWithoutResult(status -> remind(listing));
            } catch (RuntimeException failure) {
                log.warn("Could not remind the owner of listing {}", listing.id(), failure);
            }
        }
        if (!expiring.isEmpty()) {
            log.info("Reminded the owners of {} listings that expire within a week", expiring.size());
        }
    }

    private void remind(Listing listing) {
        SecretToken token = SecretToken.generate();
        Instant validUntil = listing.content()
                .expiresOn()
                .plusDays(REMIND_DAYS_BEFORE)
                .atStartOfDay(zone)
                .toInstant()
                .plus(Duration.ofDays(1));
        listings.saveRenewal(token.hash(), listing.id(), validUntil);
        mails.expiryReminder(listing, token);
        listings.markReminded(listing.id(), postings.today());
    }
}
