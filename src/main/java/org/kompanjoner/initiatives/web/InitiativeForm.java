package org.kompanjoner.initiatives.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kompanjoner.initiatives.internal.ContentRules;
import org.kompanjoner.initiatives.internal.InitiativeContent;
import org.kompanjoner.initiatives.internal.InvolvedOrganisation;
import org.kompanjoner.initiatives.internal.Point;
import org.springframework.validation.Errors;

/**
 * The initiative form as sent: every field a string. Organisations on the platform are ticked
 * ({@code linkedOrganisations}, by id); others are written, one a line, with an organisation number in
 * brackets when known. Coordinates are plain numbers (a click on the map may fill them in).
 */
public record InitiativeForm(
        String name,
        String summary,
        String description,
        String stage,
        List<String> challenges,
        List<String> sectors,
        List<String> linkedOrganisations,
        String otherOrganisations,
        String municipality,
        String latitude,
        String longitude,
        String startYear,
        String endYear,
        String links,
        String contactPerson,
        String contactEmail,
        String outcomes,
        String peopleReached,
        String jobs,
        String volunteers,
        String language) {

    public InitiativeForm {
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        linkedOrganisations = linkedOrganisations == null ? List.of() : List.copyOf(linkedOrganisations);
    }

    static InitiativeForm empty(String language, long contactPerson) {
        return new InitiativeForm(
                "",
                "",
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                String.valueOf(contactPerson),
                "",
                "",
                "",
                "",
                "",
                language);
    }

    static InitiativeForm of(InitiativeContent content) {
        Map<String, String> fields = content.fields();
        return new InitiativeForm(
                content.name(),
                content.summary(),
                content.description(),
                content.stage().name(),
                content.challenges(),
                content.sectors(),
                content.organisations().stream()
                        .filter(InvolvedOrganisation::onPlatform)
                        .map(organisation -> String.valueOf(organisation.organisationId()))
                        .toList(),
                content.organisations().stream()
                        .filter(organisation -> !organisation.onPlatform())
                        .map(InvolvedOrganisation::written)
                        .collect(Collectors.joining("\n")),
                content.municipality(),
                content.point() == null ? "" : Point.format(content.point().latitude()),
                content.point() == null ? "" : Point.format(content.point().longitude()),
                fields.get("startYear"),
                fields.get("endYear"),
                String.join("\n", content.links()),
                fields.get("contactPerson"),
                fields.get("contactEmail"),
                content.outcomes(),
                fields.get("peopleReached"),
                fields.get("jobs"),
                fields.get("volunteers"),
                content.language());
    }

    /**
     * The fields as the rules read them; {@code linked} gives, for each organisation that may be ticked,
     * how it is written (its name and number), so that a ticked one is linked to its page.
     */
    Map<String, String> raw(Map<String, String> linked) {
        Map<String, String> raw = new HashMap<>();
        raw.put("name", name);
        raw.put("summary", summary);
        raw.put("description", description);
        raw.put("stage", stage);
        raw.put("challenges", String.join(";", challenges));
        raw.put("sectors", String.join(";", sectors));
        raw.put(
                "organisations",
                Stream.concat(
                                linkedOrganisations.stream()
                                        .distinct()
                                        .map(linked::get)
                                        .filter(java.util.Objects::nonNull),
                                Stream.of(otherOrganisations == null ? "" : otherOrganisations))
                        .collect(Collectors.joining("\n")));
        raw.put("municipality", municipality);
        raw.put("latitude", latitude);
        raw.put("longitude", longitude);
        raw.put("startYear", startYear);
        raw.put("endYear", endYear);
        raw.put("links", links);
        raw.put("contactEmail", contactEmail);
        raw.put("outcomes", outcomes);
        raw.put("peopleReached", peopleReached);
        raw.put("jobs", jobs);
        raw.put("volunteers", volunteers);
        raw.put("language", language);
        return raw;
    }

    /** The contact person chosen, when it is one of {@code allowed}; records a problem otherwise. */
    Long contactPersonAmong(List<Long> allowed, Errors errors) {
        if (contactPerson == null || contactPerson.isBlank()) {
            return null;
        }
        if (contactPerson.matches("\\d{1,18}") && allowed.contains(Long.valueOf(contactPerson))) {
            return Long.valueOf(contactPerson);
        }
        errors.rejectValue("contactPerson", "initiatives.contactPerson.invalid");
        return null;
    }

    /** The rules' problems as the form's, each on its field (written organisations are one field here). */
    static void reject(List<ContentRules.Problem> problems, Errors errors) {
        for (ContentRules.Problem problem : problems) {
            String field = problem.field().equals("organisations") ? "otherOrganisations" : problem.field();
            errors.rejectValue(field, problem.messageKey(), problem.arguments(), null);
        }
    }
}
