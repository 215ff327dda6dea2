package org.kompanjoner.initiatives;

import java.util.Optional;

/** The inventory as other modules see it (reporting and matching, later). */
public interface Initiatives {

    Optional<InitiativeSummary> find(long initiativeId);

    /** How many initiatives are published now. */
    long countPublished();
}
