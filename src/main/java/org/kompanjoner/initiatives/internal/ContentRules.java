package org.kompanjoner.initiatives.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.initiatives.Stage;
import org.kompanjoner.shared.Text;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.Markdown;
import org.springframework.stereotype.Component;

/**
 * Checks an initiative's fields as text, the same for the form and for a row of an imported CSV file:
 * every problem is named by its field (the form's field name), so that a form shows it beside the field
 * and an import names the row and column.
 */
@Component
public class ContentRules {

    public static final int MAX_NAME = 150;
    public static final int MAX_SUMMARY = 400;
    public static final int MAX_DESCRIPTION = 20000;
    public static final int MAX_OUTCOMES = 4000;
    public static final int MAX_CHALLENGES = 3;
    public static final int MAX_ORGANISATIONS = 20;
    public static final int MAX_ORGANISATION_NAME = 200;
    public static final int MAX_LINKS = 5;
    public static final int MAX_LINK = 300;
    /** Links written in the texts (the description's Markdown and the plain fields), beyond the list of links. */
    public static final int MAX_LINKS_IN_TEXT = 10;

    public static final int FIRST_YEAR = 1900;
    public static final int MAX_FIGURE = 10_000_000;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FIGURE = Pattern.compile("\\d{1,9}");
    private static final Pattern COORDINATE = Pattern.compile("-?\\d{1,3}([.,]\\d{1,12})?");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+\\.[^\\s@<>\"(),;:]+");
    private static final Pattern WITH_NUMBER = Pattern.compile("(.*?)\\s*\\((\\d{6}-\\d{4})\\)");

    /** One problem: the field, the message key, and the message's arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {}

    /** The content, when there were no problems. */
    public record Checked(InitiativeContent content, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Taxonomy taxonomy;
    private final Organisations organisations;
    private final Markdown markdown;
    private final Clock clock;

    ContentRules(Taxonomy taxonomy, Organisations organisations, Markdown markdown, Clock clock) {
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.markdown = markdown;
        this.clock = clock;
    }

    /**
     * Checks {@code raw} (field name to text; lists as {@link InitiativeContent#fields()} writes them).
     * {@code before} is the entry as it was, whose vocabulary entries stay valid even when hidden since;
     * {@code contactPersonId} is checked by the caller (it must be an owner).
     */
    public Checked check(Map<String, String> raw, InitiativeContent before, Long contactPersonId) {
        return check(raw, before, contactPersonId, true);
    }

    /**
     * The same, with the vocabulary codes taken as they are when {@code vocabulary} is false: for the
     * demo county, whose codes come from the same shipped files as the vocabularies, and which is loaded
     * before the vocabularies are on a first start.
     */
    Checked check(Map<String, String> raw, InitiativeContent before, Long contactPersonId, boolean vocabulary) {
        List<Problem> problems = new ArrayList<>();
        int thisYear = LocalDate.now(clock).getYear();

        String name = required(raw, "name", MAX_NAME, problems);
        String summary = required(raw, "summary", MAX_SUMMARY, problems);
        String description = clean(raw.get("description")).replace("\r\n", "\n");
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(new Problem("description", "initiatives.description.too-long", MAX_DESCRIPTION));
        }
        Stage stage = parseStage(raw.get("stage"));
        if (stage == null) {
            problems.add(new Problem("stage", "initiatives.stage.required"));
        }
        // In one order whatever order they came in, so that the history shows no change where there is none.
        List<String> challenges = codes(raw.get("challenges")).stream()
                .sorted(java.util.Comparator.comparingInt(
                        code -> code.matches("\\d{1,2}") ? Integer.parseInt(code) : 99))
                .toList();
        if (challenges.isEmpty()) {
            problems.add(new Problem("challenges", "initiatives.challenges.required"));
        } else if (challenges.size() > MAX_CHALLENGES) {
            problems.add(new Problem("challenges", "initiatives.challenges.too-many", MAX_CHALLENGES));
        } else if (vocabulary
                && !known(TermKind.CHALLENGE, challenges, before == null ? List.of() : before.challenges())) {
            problems.add(new Problem("challenges", "initiatives.challenges.invalid"));
        }
        List<String> sectors = codes(raw.get("sectors")).stream().sorted().toList();
        if (vocabulary && !known(TermKind.SECTOR, sectors, before == null ? List.of() : before.sectors())) {
            problems.add(new Problem("sectors", "initiatives.sectors.invalid"));
        }
        List<InvolvedOrganisation> involved = organisations(raw.get("organisations"), problems);
        String municipality = clean(raw.get("municipality"));
        if (municipality.isEmpty()) {
            problems.add(new Problem("municipality", "initiatives.municipality.required"));
        } else if (vocabulary
                && !known(
                        TermKind.MUNICIPALITY,
                        List.of(municipality),
                        before == null ? List.of() : List.of(before.municipality()))) {
            problems.add(new Problem("municipality", "initiatives.municipality.invalid"));
        }
        Point point = point(raw, problems);
        Integer startYear = year(raw, "startYear", true, thisYear, problems);
        Integer endYear = year(raw, "endYear", false, thisYear, problems);
        if (startYear != null && endYear != null && endYear < startYear) {
            problems.add(new Problem("endYear", "initiatives.endYear.before-start"));
        }
        List<String> links = links(raw.get("links"), problems);
        String email = clean(raw.get("contactEmail"));
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem("contactEmail", "initiatives.contactEmail.invalid"));
        }
        String outcomes = clean(raw.get("outcomes")).replace("\r\n", "\n");
        if (outcomes.length() > MAX_OUTCOMES) {
            problems.add(new Problem("outcomes", "initiatives.outcomes.too-long", MAX_OUTCOMES));
        }
        Integer peopleReached = figure(raw, "peopleReached", problems);
        Integer jobs = figure(raw, "jobs", problems);
        Integer volunteers = figure(raw, "volunteers", problems);
        String language = clean(raw.get("language"));
        if (!List.of("sv", "en").contains(language)) {
            problems.add(new Problem("language", "initiatives.language.invalid"));
        }
        int linksInText = markdown.links(description)
                + Stream.of(name, summary, outcomes)
                        .mapToInt(Markdown::linksInText)
                        .sum();
        if (linksInText > MAX_LINKS_IN_TEXT) {
            problems.add(new Problem("description", "initiatives.description.too-many-links", MAX_LINKS_IN_TEXT));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems));
        }
        return new Checked(
                new InitiativeContent(
                        name,
                        summary,
                        description,
                        stage,
                        challenges,
                        sectors,
                        involved,
                        municipality,
                        point,
                        startYear,
                        endYear,
                        links,
                        contactPersonId,
                        email.isEmpty() ? null : email,
                        outcomes,
                        peopleReached,
                        jobs,
                        volunteers,
                        language),
                List.of());
    }

    private static String required(Map<String, String> raw, String field, int max, List<Problem> problems) {
        String value = clean(raw.get(field));
        if (value.isEmpty()) {
            problems.add(new Problem(field, "initiatives." + field + ".required"));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "initiatives." + field + ".too-long", max));
        }
        return value;
    }

    private static Stage parseStage(String value) {
        try {
            return value == null || value.isBlank() ? null : Stage.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Codes separated by semicolons (or commas), without repeats, in the order given. */
    static List<String> codes(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(value.split("[;,]"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList()));
    }

    private boolean known(TermKind kind, List<String> codes, List<String> kept) {
        return codes.stream().allMatch(code -> taxonomy.isSelectable(kind, code) || kept.contains(code));
    }

    /**
     * Organisations separated by semicolons or lines, each a name with an optional organisation number in
     * brackets; one whose number is registered here is linked to its page and takes its name from there.
     */
    private List<InvolvedOrganisation> organisations(String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<InvolvedOrganisation> involved = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String written : value.split("[;\\n]")) {
            String entry = clean(written);
            if (entry.isEmpty()) {
                continue;
            }
            Matcher numbered = WITH_NUMBER.matcher(entry);
            String name = numbered.matches() ? numbered.group(1).strip() : entry;
            String number = numbered.matches() ? numbered.group(2) : null;
            if (name.length() > MAX_ORGANISATION_NAME) {
                problems.add(new Problem("organisations", "initiatives.organisations.too-long", MAX_ORGANISATION_NAME));
                return List.of();
            }
            InvolvedOrganisation organisation = number == null
                    ? new InvolvedOrganisation(null, name, null)
                    : organisations
                            .findByNumber(number)
                            .map(found -> new InvolvedOrganisation(found.id(), found.name(), number))
                            .orElse(new InvolvedOrganisation(null, name.isEmpty() ? number : name, number));
            if (seen.add(organisation.written())) {
                involved.add(organisation);
            }
        }
        if (involved.size() > MAX_ORGANISATIONS) {
            problems.add(new Problem("organisations", "initiatives.organisations.too-many", MAX_ORGANISATIONS));
            return List.of();
        }
        return involved;
    }

    private static Point point(Map<String, String> raw, List<Problem> problems) {
        String latitude = clean(raw.get("latitude"));
        String longitude = clean(raw.get("longitude"));
        if (latitude.isEmpty() && longitude.isEmpty()) {
            return null;
        }
        if (latitude.isEmpty() || longitude.isEmpty()) {
            String missing = latitude.isEmpty() ? "latitude" : "longitude";
            problems.add(new Problem(missing, "initiatives." + missing + ".missing"));
            return null;
        }
        if (!COORDINATE.matcher(latitude).matches()) {
            problems.add(new Problem("latitude", "initiatives.latitude.invalid"));
            return null;
        }
        if (!COORDINATE.matcher(longitude).matches()) {
            problems.add(new Problem("longitude", "initiatives.longitude.invalid"));
            return null;
        }
        double lat = Double.parseDouble(latitude.replace(',', '.'));
        double lon = Double.parseDouble(longitude.replace(',', '.'));
        if (lat < Point.MIN_LATITUDE || lat > Point.MAX_LATITUDE) {
            problems.add(new Problem(
                    "latitude", "initiatives.latitude.outside-sweden", Point.MIN_LATITUDE, Point.MAX_LATITUDE));
            return null;
        }
        if (lon < Point.MIN_LONGITUDE || lon > Point.MAX_LONGITUDE) {
            problems.add(new Problem(
                    "longitude", "initiatives.longitude.outside-sweden", Point.MIN_LONGITUDE, Point.MAX_LONGITUDE));
            return null;
        }
        return new Point(lat, lon);
    }

    private static Integer year(
            Map<String, String> raw, String field, boolean required, int thisYear, List<Problem> problems) {
        String value = clean(raw.get(field));
        if (value.isEmpty()) {
            if (required) {
                problems.add(new Problem(field, "initiatives." + field + ".required"));
            }
            return null;
        }
        int latest = thisYear + 10;
        if (!YEAR.matcher(value).matches()
                || Integer.parseInt(value) < FIRST_YEAR
                || Integer.parseInt(value) > latest) {
            problems.add(new Problem(field, "initiatives." + field + ".invalid", FIRST_YEAR, latest));
            return null;
        }
        return Integer.parseInt(value);
    }

    private static Integer figure(Map<String, String> raw, String field, List<Problem> problems) {
        String value = clean(raw.get(field)).replace(" ", "").replace("\u00a0", "");
        if (value.isEmpty()) {
            return null;
        }
        if (!FIGURE.matcher(value).matches() || Integer.parseInt(value) > MAX_FIGURE) {
            problems.add(new Problem(field, "initiatives." + field + ".invalid", MAX_FIGURE));
            return null;
        }
        return Integer.parseInt(value);
    }

    /** Web addresses separated by spaces or lines, each http or https. */
    /** The links written in a translation's fields, counted like those in the original's texts. */
    public int linksIn(TextFields texts) {
        return markdown.links(texts.text())
                + Stream.of(texts.title(), texts.summary())
                        .mapToInt(Markdown::linksInText)
                        .sum();
    }

    private static List<String> links(String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> links =
                List.copyOf(new LinkedHashSet<>(Arrays.stream(clean(value).split("\\s+"))
                        .filter(link -> !link.isEmpty())
                        .toList()));
        if (links.size() > MAX_LINKS) {
            problems.add(new Problem("links", "initiatives.links.too-many", MAX_LINKS));
        } else if (links.stream()
                .anyMatch(
                        link -> link.length() > MAX_LINK || !LINK.matcher(link).matches())) {
            problems.add(new Problem("links", "initiatives.links.invalid"));
        }
        return links;
    }

    private static String clean(String value) {
        return value == null ? "" : Text.clean(value.strip());
    }
}
