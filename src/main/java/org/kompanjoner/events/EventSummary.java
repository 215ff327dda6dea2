package org.kompanjoner.events;

import java.time.Instant;

/** What other modules may know of an event. */
public record EventSummary(
        long id, String title, Instant startsAt, Instant endsAt, boolean invitationOnly, boolean cancelled) {}
