package org.kompanjoner.web;

import org.springframework.security.core.Authentication;

/** What the frame needs to know of whoever is signed in; the accounts module's principal provides it. */
public interface SignedInPerson {

    long personId();

    String displayName();

    /** The person behind a page's {@code viewer}, or null for a visitor who is not signed in. */
    static SignedInPerson of(Authentication viewer) {
        return viewer != null && viewer.getPrincipal() instanceof SignedInPerson person ? person : null;
    }

    /** Whether {@code viewer} is staff: a coordinator or an administrator. */
    static boolean staff(Authentication viewer) {
        return viewer != null
                && viewer.getAuthorities().stream()
                        .anyMatch(role -> role.getAuthority().equals("ROLE_COORDINATOR")
                                || role.getAuthority().equals("ROLE_ADMIN"));
    }
}
