package org.kompanjoner.programmes.facilitators;

import java.util.List;

/** A facilitator as the directory shows them, every code already a name in the reader's language; never an address. */
public record FacilitatorCard(
        long personId,
        String name,
        List<String> areas,
        String methods,
        List<String> languages,
        List<String> municipalities,
        String availability,
        String about) {}
