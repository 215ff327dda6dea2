package org.kompanjoner.accounts;

import java.util.List;
import java.util.Optional;

/**
 * The demo county's people (see {@code demo/people.csv}), for the modules that load demo data of their
 * own: who plays a coordinator and who plays a member, in the file's order.
 */
public interface DemoPeople {

    /** The demo's people by role, ids in the file's order. */
    record Cast(List<Long> coordinators, List<Long> members) {

        public Cast {
            coordinators = List.copyOf(coordinators);
            members = List.copyOf(members);
        }

        /** The coordinator who runs the demo county's activities. */
        public long coordinator() {
            return coordinators.get(0);
        }
    }

    /**
     * The cast, when every demo person is there with at least one coordinator; empty otherwise (the
     * database held other people first, so no demo data goes with them).
     */
    Optional<Cast> cast();
}
