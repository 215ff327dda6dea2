package org.kompanjoner.accounts;

import java.util.List;
import java.util.Optional;

/** Looks up organisations and memberships for other modules. */
public interface Organisations {

    Optional<OrganisationSummary> find(long organisationId);

    /** The organisation with this organisation number (NNNNNN-NNNN), if it is registered here. */
    Optional<OrganisationSummary> findByNumber(String organisationNumber);

    /** The organisations {@code personId} belongs to, by name. */
    List<OrganisationSummary> of(long personId);

    boolean isMember(long organisationId, long personId);
}
