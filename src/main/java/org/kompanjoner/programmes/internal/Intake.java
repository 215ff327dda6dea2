package org.kompanjoner.programmes.internal;

import java.time.Clock;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.programmes.ApplicationStatus;
import org.kompanjoner.shared.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications to a programme and the coordinators' decisions: an accepted participant gets a place at
 * every session, and at each session added later, and gives them back if the decision is changed; places are counted under the programme's lock, so two
 * coordinators deciding at once never accept more than the programme takes.
 */
@Service
public class Intake {

    public static final int MAX_MOTIVATION = 2000;
    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_LANGUAGES = 200;
    public static final int MAX_MESSAGE = 2000;

    private final JdbcProgrammes programmes;
    private final Sessions sessions;
    private final ProgrammeMails mails;
    private final Clock clock;

    Intake(JdbcProgrammes programmes, Sessions sessions, ProgrammeMails mails, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.mails = mails;
        this.clock = clock;
    }

    /** A member applies while the intake is open, once. */
    @Transactional
    public long apply(
            long programmeId,
            long personId,
            String motivation,
            String organisation,
            String municipality,
            String languages) {
        Programme programme = programmes.lock(programmeId).orElseThrow(Refused::notFound);
        if (!programme.plan().intakeOpen(clock.instant())) {
            throw Refused.notNow("programmes.intake.closed");
        }
        if (programmes.applicationOf(programmeId, personId).isPresent()) {
            throw Refused.notNow("programmes.apply.already");
        }
        long id;
        try {
            id = programmes.insertApplication(programmeId, personId, motivation, organisation, municipality, languages);
        } catch (DuplicateKeyException twice) {
            throw Refused.notNow("programmes.apply.already");
        }
        mails.applied(personId, programme);
        return id;
    }

    /** Accepts, wait-lists or declines an application, with a message to the applicant. */
    @Transactional
    public void decide(long programmeId, long applicationId, ApplicationStatus status, String message, long decidedBy) {
        Programme programme = programmes.lock(programmeId).orElseThrow(Refused::notFound);
        Application application = programmes
                .application(applicationId)
                .filter(found -> found.programmeId() == programmeId)
                .orElseThrow(Refused::notFound);
        if (status == ApplicationStatus.NEW || status == application.status()) {
            throw Refused.notNow("programmes.decision.same");
        }
        if (status == ApplicationStatus.ACCEPTED
                && programme.plan().capacity() != null
                && programmes.accepted(programmeId) >= programme.plan().capacity()) {
            throw Refused.notNow("programmes.decision.full");
        }
        programmes.decide(applicationId, status, message, decidedBy);
        for (long eventId : programmes.sessions(programmeId)) {
            if (status == ApplicationStatus.ACCEPTED) {
                sessions.seat(eventId, application.personId());
            } else if (application.status() == ApplicationStatus.ACCEPTED) {
                // No longer a participant: their places go back.
                sessions.release(eventId, application.personId());
            }
        }
        mails.decided(application.personId(), programme, status, message);
    }
}
