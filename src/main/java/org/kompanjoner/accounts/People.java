package org.kompanjoner.accounts;

import java.util.Optional;

/** Looks up people for other modules. */
public interface People {

    Optional<PersonSummary> find(long personId);

    Optional<PersonSummary> findByEmail(String email);
}
