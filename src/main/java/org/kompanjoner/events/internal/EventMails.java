package org.kompanjoner.events.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kompanjoner.accounts.People;
import org.kompanjoner.events.EventRoutes;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.OutgoingMail;
import org.kompanjoner.shared.SecretToken;
import org.kompanjoner.shared.Settings;
import org.springframework.stereotype.Component;

/**
 * What people registered for an event are told by mail, in their language: their seat (with the event
 * as an iCalendar file and the link to cancel), their place in line, a seat offered to them, the event
 * called off. A member is written to at the address of their account, a guest at the one they gave.
 */
@Component
class EventMails {

    private final People people;
    private final Mailer mailer;
    private final Settings settings;
    private final EventCalendars calendars;

    EventMails(People people, Mailer mailer, Settings settings, EventCalendars calendars) {
        this.people = people;
        this.mailer = mailer;
        this.settings = settings;
        this.calendars = calendars;
    }

    /** Where the registration stands now, with the link that cancels it (its secret, once). */
    void registered(Registration registration, Event event, SecretToken cancellation) {
        recipient(registration).ifPresent(to -> {
            OutgoingMail.Builder mail = to.subject(
                            "events.mail." + registration.status().name() + ".subject", title(event))
                    .paragraph(
                            "events.mail." + registration.status().name() + ".body",
                            title(event),
                            event.when(settings.zone()),
                            registration.waitingPosition() == null ? 0 : registration.waitingPosition())
                    .paragraph("events.mail.page", settings.link(EventRoutes.event(event.id())));
            if (registration.status() == RegistrationStatus.CONFIRMED) {
                seat(mail, event);
            }
            // The link acts for the person, so staff reading the outbox never see it.
            mailer.send(mail.secretAction(
                            "events.mail.cancel", settings.link(EventRoutes.cancelByLink(cancellation.value())))
                    .build());
        });
    }

    /** A guest's first mail: the link that proves the address is theirs, without which they hold nothing. */
    void confirmAddress(Registration registration, Event event, SecretToken confirmation) {
        recipient(registration)
                .ifPresent(to -> mailer.send(to.subject("events.mail.UNCONFIRMED.subject", title(event))
                        .paragraph("events.mail.UNCONFIRMED.body", title(event), event.when(settings.zone()))
                        .paragraph("events.mail.confirm.why")
                        .secretAction(
                                "events.mail.confirm", settings.link(EventRoutes.confirmByLink(confirmation.value())))
                        .build()));
    }

    /** A freed seat is held for them until {@code until}: they take it on the event's page. */
    void offered(Registration registration, Event event, SecretToken guestLink) {
        recipient(registration).ifPresent(to -> {
            to.subject("events.mail.offered.subject", title(event))
                    .paragraph(
                            "events.mail.offered.body",
                            title(event),
                            event.when(settings.zone()),
                            registration
                                    .offeredUntil()
                                    .atZone(settings.zone())
                                    .toLocalDateTime()
                                    .toString()
                                    .replace('T', ' '));
            // A member takes it on the event's page, signed in; a guest through their registration's link.
            mailer.send(
                    guestLink == null
                            ? to.action("events.mail.take-seat", settings.link(EventRoutes.event(event.id())))
                                    .build()
                            : to.secretAction(
                                            "events.mail.take-seat",
                                            settings.link(EventRoutes.cancelByLink(guestLink.value())))
                                    .build());
        });
    }

    /** The seat they were offered is now theirs. */
    void seated(Registration registration, Event event) {
        recipient(registration).ifPresent(to -> {
            OutgoingMail.Builder mail = to.subject("events.mail.CONFIRMED.subject", title(event))
                    .paragraph("events.mail.CONFIRMED.body", title(event), event.when(settings.zone()), 0);
            seat(mail, event);
            mailer.send(mail.action("events.mail.open", settings.link(EventRoutes.event(event.id())))
                    .build());
        });
    }

    /** The time or the place changed: as it is now, with a new calendar file for those with a seat. */
    void changed(Registration registration, Event event) {
        recipient(registration).ifPresent(to -> {
            OutgoingMail.Builder mail = to.subject("events.mail.changed.subject", title(event))
                    .paragraph("events.mail.changed.body", title(event), event.when(settings.zone()), place(event));
            if (registration.status() == RegistrationStatus.CONFIRMED) {
                seat(mail, event);
            }
            mailer.send(mail.action("events.mail.open", settings.link(EventRoutes.event(event.id())))
                    .build());
        });
    }

    private String place(Event event) {
        return event.plan().venueAddress() == null ? "–" : event.plan().venueAddress();
    }

    /** Registration has closed while they were still in line: no seat will come. */
    void lineClosed(Registration registration, Event event) {
        recipient(registration)
                .ifPresent(to -> mailer.send(to.subject("events.mail.line-closed.subject", title(event))
                        .paragraph("events.mail.line-closed.body", title(event), event.when(settings.zone()))
                        .build()));
    }

    /** The event is called off: everyone still registered or in line is told. */
    void eventCancelled(Registration registration, Event event) {
        recipient(registration)
                .ifPresent(to -> mailer.send(to.subject("events.mail.cancelled.subject", title(event))
                        .paragraph("events.mail.cancelled.body", title(event), event.when(settings.zone()))
                        .build()));
    }

    /** The event is near: when and where, with the online link and the calendar file again. */
    void reminder(Registration registration, Event event) {
        recipient(registration).ifPresent(to -> {
            OutgoingMail.Builder mail = to.subject("events.mail.reminder.subject", title(event))
                    .paragraph("events.mail.reminder.body", title(event), event.when(settings.zone()));
            seat(mail, event);
            mailer.send(mail.action("events.mail.open", settings.link(EventRoutes.event(event.id())))
                    .build());
        });
    }

    /** The event's notes and next steps are published: those who had a seat can read them. */
    void outcomesPublished(Registration registration, Event event) {
        recipient(registration)
                .ifPresent(to -> mailer.send(to.subject("events.mail.outcomes.subject", title(event))
                        .paragraph("events.mail.outcomes.body", title(event))
                        .action("events.mail.open", settings.link(EventRoutes.event(event.id())))
                        .build()));
    }

    /** What a seat brings: the online link, if any, and the event for one's calendar. */
    private void seat(OutgoingMail.Builder mail, Event event) {
        if (event.plan().onlineLink() != null) {
            mail.paragraph("events.mail.online", event.plan().onlineLink());
        }
        mail.attach(
                "evenemang-" + event.id() + ".ics", "text/calendar; charset=UTF-8", calendars.write(List.of(event)));
    }

    private Optional<OutgoingMail.Builder> recipient(Registration registration) {
        if (registration.personId() == null) {
            return Optional.of(
                    OutgoingMail.to(registration.guestEmail(), registration.guestName(), Locale.forLanguageTag("sv")));
        }
        return people.find(registration.personId())
                .map(person -> OutgoingMail.to(person.email(), person.displayName(), person.locale()));
    }

    private static String title(Event event) {
        return event.plan().title();
    }
}
