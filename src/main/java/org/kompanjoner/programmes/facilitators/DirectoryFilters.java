package org.kompanjoner.programmes.facilitators;

import org.springframework.web.util.UriComponentsBuilder;

/** The directory's facets as asked for (an empty string is no filter) and the page of the results. */
public record DirectoryFilters(String challenge, String language, String municipality, int page) {

    public static final int PER_PAGE = 20;

    public DirectoryFilters {
        challenge = challenge == null ? "" : challenge;
        language = language == null ? "" : language;
        municipality = municipality == null ? "" : municipality;
        page = Math.max(1, page);
    }

    /** The same filters on page {@code number}. */
    public String pageUrl(int number) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(FacilitatorRoutes.DIRECTORY);
        if (!challenge.isEmpty()) {
            link.queryParam("challenge", challenge);
        }
        if (!language.isEmpty()) {
            link.queryParam("language", language);
        }
        if (!municipality.isEmpty()) {
            link.queryParam("municipality", municipality);
        }
        if (number > 1) {
            link.queryParam("page", number);
        }
        return link.encode().build().toUriString();
    }

    public long offset() {
        return (long) (page - 1) * PER_PAGE;
    }
}
