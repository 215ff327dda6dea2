package org.kompanjoner.accounts;

import java.util.Optional;

/** Looks up people for other modules. */
public interface People {

    Optional<PersonSummary> find(long personId);

    Optional<PersonSummary> findByEmail(String email);

    /** Whether the person is staff: a coordinator or an administrator. */
    boolean isStaff(long personId);
}
