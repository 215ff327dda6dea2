package org.kompanjoner.initiatives.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kompanjoner.initiatives.Stage;
import org.kompanjoner.shared.TextFields;

/**
 * What an initiative says, checked: every field valid, codes known, lists within their limits. The
 * {@link #fields()} are its values as text, the same for the history of changes and the CSV files.
 */
public record InitiativeContent(
        String name,
        String summary,
        String description,
        Stage stage,
        List<String> challenges,
        List<String> sectors,
        List<InvolvedOrganisation> organisations,
        String municipality,
        Point point,
        int startYear,
        Integer endYear,
        List<String> links,
        Long contactPersonId,
        String contactEmail,
        String outcomes,
        Integer peopleReached,
        Integer jobs,
        Integer volunteers,
        String language) {

    /** The fields in the order forms and files show them; the keys are the form's field names. */
    public static final List<String> FIELDS = List.of(
            "name",
            "summary",
            "description",
            "stage",
            "challenges",
            "sectors",
            "organisations",
            "municipality",
            "latitude",
            "longitude",
            "startYear",
            "endYear",
            "links",
            "contactPerson",
            "contactEmail",
            "outcomes",
            "peopleReached",
            "jobs",
            "volunteers",
            "language");

    public InitiativeContent {
        challenges = List.copyOf(challenges);
        sectors = List.copyOf(sectors);
        organisations = List.copyOf(organisations);
        links = List.copyOf(links);
    }

    /** Every field as text (empty when not given), keyed by {@link #FIELDS}. */
    /** The fields a translation gives in another language. */
    public TextFields texts() {
        return new TextFields(name, summary, description);
    }

    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("summary", summary);
        fields.put("description", description);
        fields.put("stage", stage.name());
        fields.put("challenges", String.join(";", challenges));
        fields.put("sectors", String.join(";", sectors));
        fields.put(
                "organisations",
                organisations.stream().map(InvolvedOrganisation::written).collect(Collectors.joining("; ")));
        fields.put("municipality", municipality);
        fields.put("latitude", point == null ? "" : Point.format(point.latitude()));
        fields.put("longitude", point == null ? "" : Point.format(point.longitude()));
        fields.put("startYear", String.valueOf(startYear));
        fields.put("endYear", text(endYear));
        fields.put("links", String.join(" ", links));
        fields.put("contactPerson", text(contactPersonId));
        fields.put("contactEmail", contactEmail == null ? "" : contactEmail);
        fields.put("outcomes", outcomes);
        fields.put("peopleReached", text(peopleReached));
        fields.put("jobs", text(jobs));
        fields.put("volunteers", text(volunteers));
        fields.put("language", language);
        return fields;
    }

    /** The organisations on the platform that take part. */
    public List<Long> organisationIds() {
        return organisations.stream()
                .filter(InvolvedOrganisation::onPlatform)
                .map(InvolvedOrganisation::organisationId)
                .toList();
    }

    /** The same content with another contact person (who must be an owner). */
    public InitiativeContent withContactPerson(Long personId) {
        return new InitiativeContent(
                name,
                summary,
                description,
                stage,
                challenges,
                sectors,
                organisations,
                municipality,
                point,
                startYear,
                endYear,
                links,
                personId,
                contactEmail,
                outcomes,
                peopleReached,
                jobs,
                volunteers,
                language);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
