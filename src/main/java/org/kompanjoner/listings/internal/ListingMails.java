package org.kompanjoner.listings.internal;

import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.Notices;
import org.kompanjoner.notifications.OutgoingMail;
import org.kompanjoner.shared.SecretToken;
import org.kompanjoner.shared.Settings;
import org.springframework.stereotype.Component;

/**
 * What the marketplace tells people, each in their language, by mail and by a notice in the app that
 * leads to the same place: about interests and their conversations, coordinators' decisions, and a
 * listing's coming last day. Someone whose account is gone is told nothing.
 */
@Component
class ListingMails {

    private final People people;
    private final Mailer mailer;
    private final Notices notices;
    private final Settings settings;

    ListingMails(People people, Mailer mailer, Notices notices, Settings settings) {
        this.people = people;
        this.mailer = mailer;
        this.notices = notices;
        this.settings = settings;
    }

    /**
     * News of an interest (new, answered, written in, closed) to one side of it; {@code quoted} is what
     * the other side wrote, or null. The mail is personal: staff reading the outbox see only its subject.
     */
    void aboutInterest(
            long personId, String subjectKey, String bodyKey, Listing listing, String quoted, long interestId) {
        people.find(personId).ifPresent(to -> aboutInterest(to, subjectKey, bodyKey, listing, quoted, interestId));
    }

    private void aboutInterest(
            PersonSummary to, String subjectKey, String bodyKey, Listing listing, String quoted, long interestId) {
        OutgoingMail.Builder mail = OutgoingMail.to(to.email(), to.displayName(), to.locale())
                .personal()
                .subject(subjectKey, listing.content().title())
                .paragraph(bodyKey, listing.content().title());
        if (quoted != null) {
            mail.paragraph("listings.mail.quote", quoted);
        }
        String conversation = ListingRoutes.interest(interestId);
        mailer.send(mail.action("listings.mail.open-conversation", settings.link(conversation))
                .build());
        notices.post(to.id(), subjectKey, conversation, listing.content().title());
    }

    /** A coordinator's decision on the listing, with their reason when they gave one. */
    void decision(Listing listing, String subjectKey, String bodyKey, String reason) {
        people.find(listing.ownerId()).ifPresent(owner -> decision(owner, listing, subjectKey, bodyKey, reason));
    }

    private void decision(PersonSummary owner, Listing listing, String subjectKey, String bodyKey, String reason) {
        OutgoingMail.Builder mail = OutgoingMail.to(owner.email(), owner.displayName(), owner.locale())
                .subject(subjectKey, listing.content().title())
                .paragraph(bodyKey, listing.content().title());
        if (reason != null && !reason.isBlank()) {
            mail.paragraph("listings.mail.reason", reason);
        }
        String page = ListingRoutes.listing(listing.id());
        mailer.send(mail.action("listings.mail.open", settings.link(page)).build());
        notices.post(owner.id(), subjectKey, page, listing.content().title());
    }

    /**
     * A week before the last day, with a one-click renewal link. The link stays in the mail (it lets its
     * holder renew); the notice leads to the listing, where the owner can renew too.
     */
    void expiryReminder(Listing listing, SecretToken renewal) {
        people.find(listing.ownerId()).ifPresent(owner -> expiryReminder(owner, listing, renewal));
    }

    private void expiryReminder(PersonSummary owner, Listing listing, SecretToken renewal) {
        mailer.send(OutgoingMail.to(owner.email(), owner.displayName(), owner.locale())
                .subject("listings.mail.reminder.subject", listing.content().title())
                .paragraph(
                        "listings.mail.reminder.body",
                        listing.content().title(),
                        listing.content().expiresOn().toString())
                .paragraph("listings.mail.reminder.fulfilled")
                .secretAction("listings.mail.reminder.renew", settings.link(ListingRoutes.renewByLink(renewal.value())))
                .build());
        notices.post(
                owner.id(),
                "listings.mail.reminder.subject",
                ListingRoutes.listing(listing.id()),
                listing.content().title());
    }
}
