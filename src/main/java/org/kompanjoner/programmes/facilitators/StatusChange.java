package org.kompanjoner.programmes.facilitators;

import java.time.Instant;

/** One grant or withdrawal as the staff page shows it: by whom by name, or by which programme. */
public record StatusChange(boolean granted, String reason, String by, Long programmeId, Instant at) {}
