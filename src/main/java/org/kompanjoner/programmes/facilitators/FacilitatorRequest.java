package org.kompanjoner.programmes.facilitators;

import java.time.Instant;

/**
 * A request for a facilitator as it stands: who asked (the address is theirs, never shown outside the
 * inbox and to the assigned facilitator), what, where, when, for whom, and who takes it.
 *
 * @param acceptedAt when the assigned facilitator said yes; null while they have not
 */
public record FacilitatorRequest(
        long id,
        String name,
        String email,
        String organisation,
        String what,
        String municipality,
        String timing,
        String audience,
        Long wishedFacilitator,
        String locale,
        RequestStatus status,
        Long facilitatorId,
        Instant acceptedAt,
        String note,
        Instant createdAt) {

    public boolean accepted() {
        return acceptedAt != null;
    }

    /** Assigned and waiting for the facilitator's answer. */
    public boolean awaitingAnswer() {
        return status == RequestStatus.ASSIGNED && acceptedAt == null;
    }
}
