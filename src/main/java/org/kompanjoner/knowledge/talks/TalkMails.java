package org.kompanjoner.knowledge.talks;

import java.util.Locale;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.OutgoingMail;
import org.springframework.stereotype.Component;

/**
 * What the one who invited the team, or reported an accessibility problem, is told by mail: that it
 * arrived, and each change of its status, in the language they wrote in. The mails only tell; nothing
 * in them acts.
 */
@Component
class TalkMails {

    private final Mailer mailer;

    TalkMails(Mailer mailer) {
        this.mailer = mailer;
    }

    void received(TalkRequest request) {
        mailer.send(to(request.email(), request.name(), request.locale())
                .subject("talks.mail.received.subject")
                .paragraph("talks.mail.received.body", request.topic(), request.wishedFrom())
                .build());
    }

    void moved(TalkRequest request, TalkStatus status, String message) {
        mailer.send(withMessage(
                        to(request.email(), request.name(), request.locale())
                                .subject("talks.mail." + status.name() + ".subject")
                                .paragraph("talks.mail." + status.name() + ".body", request.topic()),
                        message)
                .build());
    }

    void reportReceived(AccessibilityReport report) {
        mailer.send(to(report.email(), "", report.locale())
                .subject("talks.report.mail.received.subject")
                .paragraph("talks.report.mail.received.body", report.page())
                .build());
    }

    void reportMoved(AccessibilityReport report, ReportStatus status, String message) {
        mailer.send(withMessage(
                        to(report.email(), "", report.locale())
                                .subject("talks.report.mail." + status.name() + ".subject")
                                .paragraph("talks.report.mail." + status.name() + ".body", report.page()),
                        message)
                .build());
    }

    private static OutgoingMail.Builder withMessage(OutgoingMail.Builder mail, String message) {
        return message.isBlank() ? mail : mail.paragraph("talks.mail.message", message);
    }

    private static OutgoingMail.Builder to(String email, String name, String locale) {
        return OutgoingMail.to(email, name, Locale.forLanguageTag(locale));
    }
}
