package org.kompanjoner.programmes.boards;

import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.notifications.Mailer;
import org.kompanjoner.notifications.OutgoingMail;
import org.kompanjoner.shared.Settings;
import org.springframework.stereotype.Component;

/**
 * What the entrepreneur is told by mail at each step of their case, in their language, with a link to
 * the case (they sign in to read it); and the follow-up, whose link is a secret that lets them answer
 * without signing in.
 */
@Component
class BoardMails {

    private final Mailer mailer;
    private final Settings settings;

    BoardMails(Mailer mailer, Settings settings) {
        this.mailer = mailer;
        this.settings = settings;
    }

    void received(PersonSummary entrepreneur, BoardCase boardCase) {
        send(entrepreneur, boardCase, "received", boardCase.question());
    }

    void inReview(PersonSummary entrepreneur, BoardCase boardCase) {
        send(entrepreneur, boardCase, "in-review");
    }

    void panelSeated(PersonSummary entrepreneur, BoardCase boardCase, int advisers, String sectors) {
        send(entrepreneur, boardCase, "panel-seated", advisers, sectors);
    }

    void meetingScheduled(PersonSummary entrepreneur, BoardCase boardCase, String when) {
        send(entrepreneur, boardCase, "meeting", when);
    }

    void advised(PersonSummary entrepreneur, BoardCase boardCase) {
        send(entrepreneur, boardCase, "advised");
    }

    void declined(PersonSummary entrepreneur, BoardCase boardCase, String message) {
        send(entrepreneur, boardCase, "declined", message);
    }

    void followUp(PersonSummary entrepreneur, BoardCase boardCase, int months, String token) {
        mailer.send(OutgoingMail.to(entrepreneur.email(), entrepreneur.displayName(), entrepreneur.locale())
                .subject("boards.mail.follow-up.subject", months)
                .paragraph("boards.mail.follow-up.body", months, boardCase.question())
                .secretAction("boards.mail.follow-up.open", settings.link(BoardRoutes.followUp(token)))
                .build());
    }

    private void send(PersonSummary entrepreneur, BoardCase boardCase, String step, Object... arguments) {
        mailer.send(OutgoingMail.to(entrepreneur.email(), entrepreneur.displayName(), entrepreneur.locale())
                .subject("boards.mail." + step + ".subject", boardCase.id())
                .paragraph("boards.mail." + step + ".body", arguments)
                .action("boards.mail.open", settings.link(BoardRoutes.myCase(boardCase.id())))
                .build());
    }
}
