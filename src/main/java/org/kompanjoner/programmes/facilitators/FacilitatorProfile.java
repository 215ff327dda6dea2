package org.kompanjoner.programmes.facilitators;

import java.util.List;

/**
 * What a facilitator tells about themselves in the directory.
 *
 * @param areas the societal challenges (codes) they work with
 * @param languages codes from {@link SpokenLanguages}
 * @param municipalities the municipalities (codes) they can come to
 */
public record FacilitatorProfile(
        List<String> areas,
        String methods,
        List<String> languages,
        List<String> municipalities,
        String availability,
        String about) {

    public static final int MAX_METHODS = 500;
    public static final int MAX_AVAILABILITY = 300;
    public static final int MAX_ABOUT = 1000;
    public static final int MAX_MUNICIPALITIES = 4;

    public static final FacilitatorProfile EMPTY = new FacilitatorProfile(List.of(), "", List.of(), List.of(), "", "");

    public FacilitatorProfile {
        areas = areas == null ? List.of() : List.copyOf(areas);
        languages = languages == null ? List.of() : List.copyOf(languages);
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        methods = methods == null ? "" : methods;
        availability = availability == null ? "" : availability;
        about = about == null ? "" : about;
    }
}
