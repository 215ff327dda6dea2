package org.kompanjoner.programmes;

import java.util.List;

/**
 * The listed facilitators as other modules see them: enough to name one for a task (a talk, a visit)
 * without knowing how the directory keeps its profiles.
 */
public interface FacilitatorDirectory {

    /** A listed facilitator by name. */
    record Listed(long personId, String name) {}

    /** Every listed facilitator, by name. */
    List<Listed> listed();

    /** Whether {@code personId} is a listed facilitator now. */
    boolean isListed(long personId);
}
