package org.kompanjoner.programmes.internal;

import org.kompanjoner.events.EventSummary;
import org.kompanjoner.events.Sessions;
import org.kompanjoner.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators plan programmes: create and edit them, and make events their sessions. A session added
 * gives every accepted participant a place at it; the completion of everyone is then weighed again.
 */
@Service
public class ProgrammePlanning {

    private final JdbcProgrammes programmes;
    private final Sessions sessions;
    private final Completion completion;

    ProgrammePlanning(JdbcProgrammes programmes, Sessions sessions, Completion completion) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.completion = completion;
    }

    @Transactional
    public long create(ProgrammePlan plan, long createdBy) {
        return programmes.insert(plan, createdBy);
    }

    @Transactional
    public void update(long id, ProgrammePlan plan) {
        programmes.lock(id).orElseThrow(Refused::notFound);
        programmes.update(id, plan);
        completion.weighAll(id);
    }

    /** Makes the event a session; {@code organiser} must organise the event (or be an administrator). */
    @Transactional
    public void addSession(long programmeId, long eventId, long organiser, boolean administrator) {
        programmes.lock(programmeId).orElseThrow(Refused::notFound);
        EventSummary event = sessions.find(eventId)
                .filter(found -> !found.cancelled())
                .orElseThrow(() -> Refused.notNow("programmes.session.unknown"));
        if (!administrator && !sessions.organises(event.id(), organiser)) {
            throw Refused.notNow("programmes.session.not-organiser");
        }
        if (!programmes.addSession(programmeId, eventId)) {
            throw Refused.notNow("programmes.session.already");
        }
        for (long personId : programmes.acceptedPeople(programmeId)) {
            sessions.seat(eventId, personId);
        }
        completion.weighAll(programmeId);
    }

    @Transactional
    public void removeSession(long programmeId, long eventId) {
        programmes.lock(programmeId).orElseThrow(Refused::notFound);
        if (!programmes.removeSession(programmeId, eventId)) {
            throw Refused.notFound();
        }
        completion.weighAll(programmeId);
    }
}
