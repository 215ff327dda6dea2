package org.kompanjoner.listings.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kompanjoner.accounts.People;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.Notices;
import org.kompanjoner.notifications.OutgoingMail;
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
    private final People people;
    private final Mailer mailer;
    private final Notices notices;
    private final TransactionTemplate transactions;
    private final String baseUrl;
    private final java.time.ZoneId zone;

    ExpiryJob(
            JdbcListings listings,
            Postings postings,
            People people,
            Mailer mailer,
            Notices notices,
            TransactionTemplate transactions,
            Settings settings) {
        this.listings = listings;
        this.postings = postings;
        this.people = people;
        this.mailer = mailer;
        this.notices = notices;
        this.transactions = transactions;
        this.baseUrl = settings.baseUrl();
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
        people.find(listing.ownerId()).ifPresent(owner -> {
            SecretToken token = SecretToken.generate();
            Instant validUntil = listing.content()
                    .expiresOn()
                    .plusDays(REMIND_DAYS_BEFORE)
                    .atStartOfDay(zone)
                    .toInstant()
                    .plus(Duration.ofDays(1));
            listings.saveRenewal(token.hash(), listing.id(), validUntil);
            mailer.send(OutgoingMail.to(owner.email(), owner.displayName(), owner.locale())
                    .subject("listings.mail.reminder.subject", listing.content().title())
                    .paragraph(
                            "listings.mail.reminder.body",
                            listing.content().title(),
                            listing.content().expiresOn().toString())
                    .paragraph("listings.mail.reminder.fulfilled")
                    .secretAction("listings.mail.reminder.renew", baseUrl + ListingRoutes.renewByLink(token.value()))
                    .build());
            // The renewal link stays in the mail; the notice leads to the listing, where the owner can renew.
            notices.post(
                    owner.id(),
                    "listings.mail.reminder.subject",
                    ListingRoutes.listing(listing.id()),
                    listing.content().title());
        });
        listings.markReminded(listing.id(), postings.today());
    }
}
