package org.kompanjoner.events.internal;

import java.time.Instant;
import org.kompanjoner.events.RegistrationStatus;

/** One person's, or one guest address's, registration for an event. */
public record Registration(
        long id,
        long eventId,
        Long personId,
        String guestEmail,
        String guestName,
        RegistrationStatus status,
        Integer waitingPosition,
        Instant offeredUntil,
        boolean addressConfirmed,
        boolean attended,
        Instant createdAt) {}
