package org.kompanjoner.programmes;

import java.time.Instant;

/**
 * A participant met a programme's completion rule. {@code facilitatorProgramme}: the programme trains
 * facilitators, so its completers become facilitators.
 */
public record ProgrammeCompleted(long programmeId, long personId, boolean facilitatorProgramme, Instant completedAt) {}
