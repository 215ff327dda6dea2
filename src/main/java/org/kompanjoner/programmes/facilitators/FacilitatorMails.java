package org.kompanjoner.programmes.facilitators;

import java.util.Locale;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.OutgoingMail;
import org.kompanjoner.shared.Settings;
import org.springframework.stereotype.Component;

/**
 * What the requester of a facilitator is told by mail at each step, in the language they asked in, and
 * what the facilitator asked to take a request is told. The requester's mails carry no link that acts:
 * they only tell; the facilitator answers on their own page, signed in.
 */
@Component
class FacilitatorMails {

    private final Mailer mailer;
    private final Settings settings;

    FacilitatorMails(Mailer mailer, Settings settings) {
        this.mailer = mailer;
        this.settings = settings;
    }

    void received(FacilitatorRequest request) {
        mailer.send(toRequester(request)
                .subject("facilitators.mail.received.subject")
                .paragraph("facilitators.mail.received.body", request.what(), request.timing())
                .build());
    }

    void assigned(FacilitatorRequest request, String facilitatorName) {
        mailer.send(toRequester(request)
                .subject("facilitators.mail.assigned.subject")
                .paragraph("facilitators.mail.assigned.body", facilitatorName)
                .build());
    }

    void accepted(FacilitatorRequest request, String facilitatorName) {
        mailer.send(toRequester(request)
                .subject("facilitators.mail.accepted.subject", facilitatorName)
                .paragraph("facilitators.mail.accepted.body", facilitatorName)
                .build());
    }

    /** The assigned facilitator could not take it: it is back with the coordinators. */
    void givenBack(FacilitatorRequest request) {
        mailer.send(toRequester(request)
                .subject("facilitators.mail.given-back.subject")
                .paragraph("facilitators.mail.given-back.body")
                .build());
    }

    void closed(FacilitatorRequest request, RequestStatus outcome, String message) {
        OutgoingMail.Builder mail = toRequester(request)
                .subject("facilitators.mail." + outcome.name() + ".subject")
                .paragraph("facilitators.mail." + outcome.name() + ".body");
        if (!message.isBlank()) {
            mail.paragraph("facilitators.mail.message", message);
        }
        mailer.send(mail.build());
    }

    /** To the facilitator: a request waits for their answer on their own page. */
    void askFacilitator(FacilitatorRequest request, PersonSummary facilitator) {
        mailer.send(OutgoingMail.to(facilitator.email(), facilitator.displayName(), facilitator.locale())
                .subject("facilitators.mail.ask.subject")
                .paragraph("facilitators.mail.ask.body", request.what(), request.timing(), request.audience())
                .action("facilitators.mail.ask.open", settings.link(FacilitatorRoutes.ASSIGNMENTS))
                .build());
    }

    private static OutgoingMail.Builder toRequester(FacilitatorRequest request) {
        return OutgoingMail.to(request.email(), request.name(), Locale.forLanguageTag(request.locale()));
    }
}
