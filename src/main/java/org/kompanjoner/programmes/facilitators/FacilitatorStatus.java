package org.kompanjoner.programmes.facilitators;

import org.kompanjoner.programmes.ProgrammeCompleted;
import org.kompanjoner.shared.Refused;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is a facilitator: completing a facilitator programme makes one, and a coordinator grants or
 * withdraws the status with a reason. Granting is idempotent: a facilitator granted again keeps
 * everything, profile included, and a withdrawn one granted again gets their old profile back.
 */
@Service
class FacilitatorStatus {

    private final Facilitators facilitators;

    FacilitatorStatus(Facilitators facilitators) {
        this.facilitators = facilitators;
    }

    /** A completed facilitator programme grants the status, once per programme and person. */
    @ApplicationModuleListener
    void on(ProgrammeCompleted completed) {
        if (!completed.facilitatorProgramme()
                || facilitators.grantedByProgramme(completed.programmeId(), completed.personId())) {
            return;
        }
        if (!facilitators.isActive(completed.personId())) {
            facilitators.activate(completed.personId());
        }
        // Recorded even when they already were a facilitator: the programme is part of their story.
        facilitators.recordChange(completed.personId(), true, "", null, completed.programmeId());
    }

    /** A coordinator's grant; false (and nothing changed) when the person already is a facilitator. */
    @Transactional
    public boolean grant(long personId, String reason, long by) {
        if (facilitators.isActive(personId)) {
            return false;
        }
        facilitators.activate(personId);
        facilitators.recordChange(personId, true, reason, by, null);
        return true;
    }

    /** A coordinator's withdrawal: out of the directory, the profile kept should the status come back. */
    @Transactional
    public void withdraw(long personId, String reason, long by) {
        if (!facilitators.deactivate(personId)) {
            throw Refused.notNow("facilitators.staff.not-facilitator");
        }
        facilitators.recordChange(personId, false, reason, by, null);
    }

    /** The grant without a reason from anyone, for the demo county. */
    void grantForDemo(long personId, FacilitatorProfile profile) {
        if (facilitators.isActive(personId)) {
            return;
        }
        facilitators.activate(personId);
        facilitators.recordChange(personId, true, "Demo", null, null);
        facilitators.saveProfile(personId, profile);
    }
}
