package org.kompanjoner.programmes.facilitators;

import java.util.List;

/** A facilitator's profile as sent from its form; lists come from checkboxes and selects. */
public record ProfileForm(
        List<String> areas,
        String methods,
        List<String> languages,
        List<String> municipalities,
        String availability,
        String about) {

    public ProfileForm {
        areas = areas == null ? List.of() : List.copyOf(areas);
        languages = languages == null ? List.of() : List.copyOf(languages);
        municipalities = municipalities == null
                ? List.of()
                : municipalities.stream()
                        .filter(code -> code != null && !code.isBlank())
                        .toList();
        methods = methods == null ? "" : methods;
        availability = availability == null ? "" : availability;
        about = about == null ? "" : about;
    }

    static ProfileForm of(FacilitatorProfile profile) {
        return new ProfileForm(
                profile.areas(),
                profile.methods(),
                profile.languages(),
                profile.municipalities(),
                profile.availability(),
                profile.about());
    }

    FacilitatorProfile profile() {
        return new FacilitatorProfile(
                areas.stream().distinct().toList(),
                methods.strip(),
                languages.stream().distinct().toList(),
                municipalities.stream().distinct().toList(),
                availability.strip(),
                about.strip());
    }

    /** The municipality chosen in the {@code index}th select (from 0), or "" when none. */
    public String municipality(int index) {
        return index < municipalities.size() ? municipalities.get(index) : "";
    }
}
