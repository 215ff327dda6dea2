package org.kompanjoner.knowledge.talks;

import java.util.Locale;
import org.kompanjoner.programmes.FacilitatorDirectory;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to talk and accessibility reports from arrival to their end. Each change of status is
 * checked against the status the coordinator saw, and the asker is told by mail in the same transaction
 * (the mail outbox sends it after the commit).
 */
@Service
class TalkDesk {

    private final TalkRequests requests;
    private final AccessibilityReports reports;
    private final FacilitatorDirectory facilitators;
    private final TalkMails mails;

    TalkDesk(TalkRequests requests, AccessibilityReports reports, FacilitatorDirectory facilitators, TalkMails mails) {
        this.requests = requests;
        this.reports = reports;
        this.facilitators = facilitators;
        this.mails = mails;
    }

    @Transactional
    public long invite(TalkForm form, Locale locale) {
        long id = requests.insert(form, language(locale));
        mails.received(find(id));
        return id;
    }

    TalkRequest find(long id) {
        return requests.byId(id).orElseThrow(Refused::notFound);
    }

    @Transactional
    public void note(long id, String note) {
        find(id);
        requests.saveNote(id, note);
    }

    /** Names {@code facilitatorId} (a listed facilitator) to give the talk, or nobody when null. */
    @Transactional
    public void assign(long id, Long facilitatorId) {
        find(id);
        if (facilitatorId != null && !facilitators.isListed(facilitatorId)) {
            throw Refused.notNow("talks.inbox.facilitator.unknown");
        }
        requests.assign(id, facilitatorId);
    }

    /** From the status {@code seen} to {@code next}; the asker is told, with {@code message} when there is one. */
    @Transactional
    public void move(long id, TalkStatus seen, TalkStatus next, String message) {
        TalkRequest request = find(id);
        if (seen == next) {
            return;
        }
        if (!requests.move(id, seen, next)) {
            throw Refused.notNow("talks.inbox.changed-meanwhile");
        }
        mails.moved(request, next, message);
    }

    @Transactional
    public long report(ReportForm form, Locale locale) {
        long id = reports.insert(form, language(locale));
        AccessibilityReport report = findReport(id);
        if (report.answerWanted()) {
            mails.reportReceived(report);
        }
        return id;
    }

    AccessibilityReport findReport(long id) {
        return reports.byId(id).orElseThrow(Refused::notFound);
    }

    @Transactional
    public void noteReport(long id, String note) {
        findReport(id);
        reports.saveNote(id, note);
    }

    @Transactional
    public void moveReport(long id, ReportStatus seen, ReportStatus next, String message) {
        AccessibilityReport report = findReport(id);
        if (seen == next) {
            return;
        }
        if (!reports.move(id, seen, next)) {
            throw Refused.notNow("talks.inbox.changed-meanwhile");
        }
        if (report.answerWanted()) {
            mails.reportMoved(report, next, message);
        }
    }

    private static String language(Locale locale) {
        return Languages.supported(locale.toLanguageTag()).getLanguage();
    }
}
