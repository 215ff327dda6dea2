package org.kompanjoner.listings;

/** How far a listing reaches: one municipality, one county, the whole country, or remote work. */
public enum PlaceKind {
    MUNICIPALITY,
    COUNTY,
    NATIONAL,
    REMOTE
}
