package org.kompanjoner.initiatives.web;

/**
 * A search of the inventory as its address asks for it (the list, the map's data and the open-data
 * files take the same parameters); every value may be missing or wrong, {@link InitiativeSearch#filters}
 * keeps what is known.
 */
public record InitiativeQuery(
        String q,
        String stage,
        String challenge,
        String county,
        String municipality,
        String sector,
        String sort,
        String page) {}
