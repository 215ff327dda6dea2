package org.kompanjoner.programmes.boards;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.events.SessionPlan;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.SecretToken;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A case from its application to its follow-ups: each step is checked against the case as it is now,
 * with its row locked, and the entrepreneur is told by mail in the same transaction.
 */
@Service
class BoardDesk {

    /** A panel should bring at least this many sectors to the table; fewer is warned of, not refused. */
    static final int SECTORS_WANTED = 3;

    static final int[] FOLLOW_UP_MONTHS = {3, 6};

    /** An event names the goals it serves; a board meeting serves decent work and economic growth. */
    static final List<String> MEETING_CHALLENGES = List.of("8");

    private final BoardCases cases;
    private final Advisers advisers;
    private final People people;
    private final Sessions sessions;
    private final BoardMails mails;
    private final Taxonomy taxonomy;
    private final Settings settings;
    private final Clock clock;

    BoardDesk(
            BoardCases cases,
            Advisers advisers,
            People people,
            Sessions sessions,
            BoardMails mails,
            Taxonomy taxonomy,
            Settings settings,
            Clock clock) {
        this.cases = cases;
        this.advisers = advisers;
        this.people = people;
        this.sessions = sessions;
        this.mails = mails;
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.clock = clock;
    }

    BoardCase find(long id) {
        return cases.byId(id).orElseThrow(Refused::notFound);
    }

    /** Whether {@code personId} may read the case: its entrepreneur, its panel, or staff. */
    boolean maySee(BoardCase boardCase, long personId, boolean staff) {
        return staff || boardCase.entrepreneurId() == personId || cases.onPanel(boardCase.id(), personId);
    }

    /** The sector codes the panel brings, in order. */
    TreeSet<String> sectorsCovered(Collection<Long> panel) {
        return advisers.sectors(List.copyOf(panel)).values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Transactional
    public long apply(long entrepreneurId, CaseForm form) {
        long id = cases.insert(entrepreneurId, form, clock.instant());
        mails.received(entrepreneur(find(id)), find(id));
        return id;
    }

    /**
     * Seats a volunteer on the panel. The first seat takes the case up (and tells the entrepreneur); the
     * same adviser twice, someone who does not volunteer, and the entrepreneur themselves are refused.
     */
    @Transactional
    public void seat(long id, long adviserId) {
        BoardCase boardCase = locked(id);
        if (!boardCase.status().panelOpen()) {
            throw Refused.notNow("boards.panel.closed");
        }
        if (!advisers.isActive(adviserId) || people.find(adviserId).isEmpty()) {
            throw new Refused("boards.panel.not-adviser");
        }
        if (adviserId == boardCase.entrepreneurId()) {
            throw new Refused("boards.panel.entrepreneur");
        }
        if (!cases.seat(id, adviserId)) {
            throw new Refused("boards.panel.twice");
        }
        if (boardCase.status() == CaseStatus.SUBMITTED && cases.move(id, CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW)) {
            mails.inReview(entrepreneur(boardCase), boardCase);
        }
    }

    @Transactional
    public void unseat(long id, long adviserId) {
        BoardCase boardCase = locked(id);
        if (!boardCase.status().panelOpen()) {
            throw Refused.notNow("boards.panel.closed");
        }
        if (!cases.unseat(id, adviserId)) {
            throw Refused.notFound();
        }
    }

    /** The coordinator says the panel is complete: the entrepreneur hears how many, from which sectors. */
    @Transactional
    public void panelSeated(long id) {
        BoardCase boardCase = locked(id);
        List<Long> panel = cases.panel(id);
        if (panel.isEmpty()) {
            throw Refused.notNow("boards.panel.empty");
        }
        if (!cases.move(id, CaseStatus.IN_REVIEW, CaseStatus.PANEL_SEATED)) {
            throw Refused.notNow("boards.changed-meanwhile");
        }
        PersonSummary entrepreneur = entrepreneur(boardCase);
        String sectors = sectorsCovered(panel).stream()
                .map(code -> taxonomy.label(TermKind.SECTOR, code, entrepreneur.locale()))
                .collect(Collectors.joining(", "));
        mails.panelSeated(entrepreneur, boardCase, panel.size(), sectors);
    }

    /**
     * Schedules the board meeting as an event for invited people only, organised by the coordinator,
     * and gives the entrepreneur and every adviser on the panel a place (each is mailed the event).
     */
    @Transactional
    public long schedule(long id, SessionPlan plan, long coordinatorId) {
        BoardCase boardCase = locked(id);
        if (boardCase.status() != CaseStatus.PANEL_SEATED) {
            throw Refused.notNow("boards.meeting.not-now");
        }
        long eventId = sessions.schedule(plan, coordinatorId);
        sessions.seat(eventId, boardCase.entrepreneurId());
        for (long adviser : cases.panel(id)) {
            sessions.seat(eventId, adviser);
        }
        if (!cases.meetingScheduled(id, eventId)) {
            throw Refused.notNow("boards.changed-meanwhile");
        }
        PersonSummary entrepreneur = entrepreneur(boardCase);
        mails.meetingScheduled(entrepreneur, boardCase, when(plan.startsAt(), entrepreneur));
        return eventId;
    }

    /** The advice and the next steps agreed; the follow-ups after three and six months are planned. */
    @Transactional
    public void advise(long id, String advice, String nextSteps) {
        BoardCase boardCase = locked(id);
        Instant now = clock.instant();
        if (!cases.advised(id, advice, nextSteps, now)) {
            throw Refused.notNow("boards.advice.not-now");
        }
        planFollowUps(id, now);
        mails.advised(entrepreneur(boardCase), boardCase);
    }

    void planFollowUps(long id, Instant advisedAt) {
        for (int months : FOLLOW_UP_MONTHS) {
            cases.planFollowUp(
                    id,
                    months,
                    advisedAt.atZone(settings.zone()).plusMonths(months).toInstant());
        }
    }

    @Transactional
    public void decline(long id, String message) {
        BoardCase boardCase = locked(id);
        if (!boardCase.status().declinable() || !cases.decline(id, boardCase.status(), message)) {
            throw Refused.notNow("boards.decline.not-now");
        }
        mails.declined(entrepreneur(boardCase), boardCase, message);
    }

    /** The entrepreneur, and nobody else, gives or takes back consent to a story. */
    @Transactional
    public void consent(long id, long personId, boolean given) {
        BoardCase boardCase = locked(id);
        if (boardCase.entrepreneurId() != personId) {
            throw Refused.notYours("Case " + id + " is not person " + personId + "'s");
        }
        cases.consent(id, given);
    }

    @Transactional
    public void publishStory(long id, String title, String text) {
        locked(id);
        if (!cases.publishStory(id, title, text)) {
            throw new Refused("boards.story.no-consent");
        }
    }

    /** Sends the follow-ups that are due, each claimed once; returns how many were sent. */
    int sendDueFollowUps(TransactionOperations transactions) {
        int sent = 0;
        for (FollowUp due : cases.dueFollowUps(clock.instant())) {
            Boolean done = transactions.execute(status -> {
                SecretToken token = SecretToken.generate();
                if (!cases.claimFollowUp(due.id(), token.hash(), clock.instant())) {
                    return false;
                }
                BoardCase boardCase = find(due.caseId());
                people.find(boardCase.entrepreneurId())
                        .ifPresent(
                                entrepreneur -> mails.followUp(entrepreneur, boardCase, due.months(), token.value()));
                return true;
            });
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }

    /** The follow-up a mailed link leads to; none for a link that is not (or no longer) one. */
    FollowUp followUp(String token) {
        if (token == null || token.length() > 100) {
            throw Refused.notFound();
        }
        return cases.followUpByHash(SecretToken.hashOf(token)).orElseThrow(Refused::notFound);
    }

    /**
     * Stores the answer once; false (and nothing stored) when it was answered already. The first answer
     * moves an advised case on to followed up.
     */
    @Transactional
    public boolean answer(FollowUp followUp, String howItWent, String stepsTaken, int rating) {
        if (!cases.answer(followUp.id(), howItWent, stepsTaken, rating, clock.instant())) {
            return false;
        }
        cases.move(followUp.caseId(), CaseStatus.ADVISED, CaseStatus.FOLLOWED_UP);
        return true;
    }

    private BoardCase locked(long id) {
        return cases.lock(id).orElseThrow(Refused::notFound);
    }

    private PersonSummary entrepreneur(BoardCase boardCase) {
        return people.find(boardCase.entrepreneurId()).orElseThrow(Refused::notFound);
    }

    private String when(Instant at, PersonSummary person) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(person.locale())
                .withZone(settings.zone())
                .format(at);
    }
}
