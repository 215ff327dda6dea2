package org.kompanjoner.programmes.web;

/** An application as typed: why, for which organisation, where, in which languages. */
public record ApplicationForm(String motivation, String organisation, String municipality, String languages) {

    public ApplicationForm {
        motivation = motivation == null ? "" : motivation;
        organisation = organisation == null ? "" : organisation;
        municipality = municipality == null ? "" : municipality;
        languages = languages == null ? "" : languages;
    }
}
