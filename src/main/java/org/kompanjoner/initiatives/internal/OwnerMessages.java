package org.kompanjoner.initiatives.internal;

import org.kompanjoner.accounts.People;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.Notices;
import org.kompanjoner.notifications.OutgoingMail;
import org.kompanjoner.shared.Settings;
import org.springframework.stereotype.Component;

/**
 * Tells every owner of an entry something, each in their own language: by mail, with a link to the
 * entry, and by a notice in the app. Both are part of the caller's transaction.
 */
@Component
class OwnerMessages {

    private final People people;
    private final Mailer mailer;
    private final Notices notices;
    private final Settings settings;

    OwnerMessages(People people, Mailer mailer, Notices notices, Settings settings) {
        this.people = people;
        this.mailer = mailer;
        this.notices = notices;
        this.settings = settings;
    }

    /**
     * Mails {@code subjectKey} and {@code bodyKey} (each given the entry's name) and, when there is one,
     * {@code reason} as said by a coordinator; leaves the subject as a notice.
     */
    void tell(Initiative initiative, String subjectKey, String bodyKey, String reason) {
        String name = initiative.content().name();
        String path = InitiativeRoutes.initiative(initiative.id());
        for (long ownerId : initiative.ownerIds()) {
            people.find(ownerId).ifPresent(owner -> {
                OutgoingMail.Builder mail = OutgoingMail.to(owner.email(), owner.displayName(), owner.locale())
                        .subject(subjectKey, name)
                        .paragraph(bodyKey, name);
                if (reason != null && !reason.isBlank()) {
                    mail.paragraph("initiatives.mail.reason", reason);
                }
                mailer.send(mail.action("initiatives.mail.open", settings.link(path))
                        .build());
                notices.post(owner.id(), subjectKey, path, name);
            });
        }
    }
}
