package org.kompanjoner.events.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.kompanjoner.shared.Refused;

/**
 * A time as an organiser writes it (a date and a clock time in the county's zone) made into an instant.
 * On the night the clocks go forward an hour does not exist, and on the night they go back an hour comes
 * twice: neither is guessed, the organiser is asked to choose another time.
 */
public final class EventTimes {

    private EventTimes() {}

    public static Instant at(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new Refused("events.time.missing", local.toLocalTime());
        }
        if (offsets.size() > 1) {
            throw new Refused("events.time.twice", local.toLocalTime());
        }
        return local.toInstant(offsets.get(0));
    }
}
