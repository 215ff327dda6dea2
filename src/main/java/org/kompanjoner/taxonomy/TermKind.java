package org.kompanjoner.taxonomy;

/** The vocabularies the platform classifies by. */
public enum TermKind {
    /** Swedish counties (län), SCB codes such as {@code 06}. */
    COUNTY,
    /** Swedish municipalities (kommuner), SCB codes such as {@code 0680}; the parent is the county. */
    MUNICIPALITY,
    /** Company, public sector, civil society, academia. */
    SECTOR,
    /** EU SME size classes. */
    SIZE,
    /** The 17 UN sustainable development goals, used as the platform's societal challenges. */
    CHALLENGE
}
