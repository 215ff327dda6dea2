package org.kompanjoner.programmes.internal;

import java.util.Optional;
import org.kompanjoner.accounts.People;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.OutgoingMail;
import org.kompanjoner.programmes.ApplicationStatus;
import org.kompanjoner.programmes.ProgrammeRoutes;
import org.kompanjoner.shared.Settings;
import org.springframework.stereotype.Component;

/**
 * What applicants and participants are told by mail, in their language: that their application came in,
 * the decision on it with the coordinators' message, and their completion with the certificate.
 */
@Component
class ProgrammeMails {

    private final People people;
    private final Mailer mailer;
    private final Settings settings;

    ProgrammeMails(People people, Mailer mailer, Settings settings) {
        this.people = people;
        this.mailer = mailer;
        this.settings = settings;
    }

    void applied(long personId, Programme programme) {
        to(personId)
                .ifPresent(mail -> mailer.send(mail.subject("programmes.mail.applied.subject", title(programme))
                        .paragraph("programmes.mail.applied.body", title(programme))
                        .action("programmes.mail.open", settings.link(ProgrammeRoutes.MINE))
                        .build()));
    }

    void decided(long personId, Programme programme, ApplicationStatus status, String message) {
        to(personId).ifPresent(mail -> {
            mail.subject("programmes.mail." + status.name() + ".subject", title(programme))
                    .paragraph("programmes.mail." + status.name() + ".body", title(programme));
            if (message != null && !message.isBlank()) {
                mail.paragraph("programmes.mail.message", message);
            }
            mailer.send(mail.action("programmes.mail.open", settings.link(ProgrammeRoutes.MINE))
                    .build());
        });
    }

    void completed(long personId, Programme programme, Certificate certificate) {
        to(personId)
                .ifPresent(mail -> mailer.send(mail.subject("programmes.mail.completed.subject", title(programme))
                        .paragraph("programmes.mail.completed.body", title(programme), certificate.code())
                        .paragraph(
                                "programmes.mail.completed.verify",
                                settings.link(ProgrammeRoutes.verify(certificate.code())))
                        .action(
                                "programmes.mail.certificate",
                                settings.link(ProgrammeRoutes.certificatePdf(programme.id())))
                        .build()));
    }

    private Optional<OutgoingMail.Builder> to(long personId) {
        return people.find(personId)
                .map(person -> OutgoingMail.to(person.email(), person.displayName(), person.locale()));
    }

    private static String title(Programme programme) {
        return programme.plan().title();
    }
}
