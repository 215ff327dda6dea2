package org.kompanjoner.events.internal;

import java.time.Instant;
import java.util.List;
import org.kompanjoner.events.EventType;

/**
 * What an organiser plans: the event as it is shown and registered for. {@code capacity} null is no
 * limit; a venue, an online link or both.
 */
public record EventPlan(
        EventType type,
        String title,
        String summary,
        String programme,
        List<String> challenges,
        Instant startsAt,
        Instant endsAt,
        String venueAddress,
        String municipality,
        String onlineLink,
        Integer capacity,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        String language,
        String accessibility,
        int offerHours) {

    /** A freed seat is held this long for the first in line unless the organiser says otherwise. */
    public static final int DEFAULT_OFFER_HOURS = 48;

    public EventPlan {
        challenges = List.copyOf(challenges);
    }
}
