package org.kompanjoner.programmes.internal;

import java.time.Instant;
import org.kompanjoner.programmes.ApplicationStatus;

/** One person's application to a programme, with the coordinators' decision once made. */
public record Application(
        long id,
        long programmeId,
        long personId,
        String motivation,
        String organisation,
        String municipality,
        String languages,
        ApplicationStatus status,
        String decisionMessage,
        Instant createdAt) {}
