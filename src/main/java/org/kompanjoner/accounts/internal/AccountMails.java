package org.kompanjoner.accounts.internal;

import java.util.Locale;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.OutgoingMail;
import org.kompanjoner.shared.SecretToken;
import org.kompanjoner.shared.Settings;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The mails the accounts module sends, each in the recipient's language. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final String baseUrl;

    AccountMails(Mailer mailer, Settings settings) {
        this.mailer = mailer;
        this.baseUrl = settings.baseUrl();
    }

    void verification(Person person, SecretToken token) {
        mailer.send(OutgoingMail.to(person.email(), person.displayName(), person.locale())
                .subject("accounts.mail.verify.subject")
                .paragraph("accounts.mail.verify.body")
                .paragraph("accounts.mail.verify.ignore")
                .secretAction("accounts.mail.verify.action", link(AccountRoutes.VERIFY, token))
                .build());
    }

    void alreadyRegistered(Person person) {
        mailer.send(OutgoingMail.to(person.email(), person.displayName(), person.locale())
                .subject("accounts.mail.already-registered.subject")
                .paragraph("accounts.mail.already-registered.body")
                .action("accounts.mail.already-registered.action", baseUrl + AccountRoutes.FORGOT_PASSWORD)
                .build());
    }

    void passwordReset(Person person, SecretToken token) {
        mailer.send(OutgoingMail.to(person.email(), person.displayName(), person.locale())
                .subject("accounts.mail.reset.subject")
                .paragraph("accounts.mail.reset.body")
                .paragraph("accounts.mail.reset.ignore")
                .secretAction("accounts.mail.reset.action", link(AccountRoutes.RESET_PASSWORD, token))
                .build());
    }

    void passwordChanged(Person person) {
        mailer.send(OutgoingMail.to(person.email(), person.displayName(), person.locale())
                .subject("accounts.mail.password-changed.subject")
                .paragraph("accounts.mail.password-changed.body")
                .action("accounts.mail.password-changed.action", baseUrl + AccountRoutes.FORGOT_PASSWORD)
                .build());
    }

    void confirmNewEmail(Person person, String newEmail, SecretToken token) {
        mailer.send(OutgoingMail.to(newEmail, person.displayName(), person.locale())
                .subject("accounts.mail.change-email.subject")
                .paragraph("accounts.mail.change-email.body", newEmail)
                .secretAction("accounts.mail.change-email.action", link(AccountRoutes.CONFIRM_EMAIL, token))
                .build());
    }

    void emailChanged(Person person, String newEmail) {
        mailer.send(OutgoingMail.to(person.email(), person.displayName(), person.locale())
                .subject("accounts.mail.email-changed.subject")
                .paragraph("accounts.mail.email-changed.body", newEmail)
                .build());
    }

    void invitation(String email, Locale locale, String inviterName, String organisationName, SecretToken token) {
        mailer.send(OutgoingMail.to(email, null, locale)
                .subject("accounts.mail.invitation.subject", organisationName)
                .paragraph("accounts.mail.invitation.body", inviterName, organisationName)
                .paragraph("accounts.mail.invitation.account")
                // Whoever holds the link is asked to join; it is marked so staff reading the outbox never see it.
                .secretAction("accounts.mail.invitation.action", baseUrl + AccountRoutes.invitation(token.value()))
                .build());
    }

    private String link(String route, SecretToken token) {
        return UriComponentsBuilder.fromUriString(baseUrl + route)
                .queryParam("token", token.value())
                .build()
                .toUriString();
    }
}
