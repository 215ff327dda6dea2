package org.kompanjoner.programmes.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kompanjoner.programmes.internal.Programme;
import org.kompanjoner.programmes.internal.ProgrammePlan;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.validation.Errors;

/** The coordinators' form for a programme, every field as typed; intake dates in the county's zone. */
public record ProgrammeForm(
        String title,
        String summary,
        String description,
        List<String> challenges,
        String opensDate,
        String closesDate,
        String capacity,
        String sessionsRequired,
        String trainsFacilitators,
        String language) {

    static final int MAX_TITLE = 150;
    static final int MAX_SUMMARY = 400;
    static final int MAX_DESCRIPTION = 20000;

    public ProgrammeForm {
        title = blank(title);
        summary = blank(summary);
        description = blank(description);
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
        opensDate = blank(opensDate);
        closesDate = blank(closesDate);
        capacity = blank(capacity);
        sessionsRequired = blank(sessionsRequired);
        trainsFacilitators = blank(trainsFacilitators);
        language = blank(language);
    }

    static ProgrammeForm empty(LocalDate today, String language) {
        return new ProgrammeForm("", "", "", List.of(), today.toString(), "", "", "", "", language);
    }

    static ProgrammeForm of(Programme programme, ZoneId zone) {
        ProgrammePlan plan = programme.plan();
        return new ProgrammeForm(
                plan.title(),
                plan.summary(),
                plan.description(),
                plan.challenges(),
                plan.intakeOpensAt().atZone(zone).toLocalDate().toString(),
                plan.intakeClosesAt().atZone(zone).toLocalDate().minusDays(1).toString(),
                plan.capacity() == null ? "" : plan.capacity().toString(),
                String.valueOf(plan.sessionsRequired()),
                plan.trainsFacilitators() ? "true" : "",
                plan.language());
    }

    /** The plan, or null with every problem named by its field. The intake closes at the end of its last day. */
    ProgrammePlan check(Errors errors, ZoneId zone, Taxonomy taxonomy) {
        text(errors, "title", title, MAX_TITLE);
        text(errors, "summary", summary, MAX_SUMMARY);
        if (description.strip().length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "programmes.form.too-long", new Object[] {MAX_DESCRIPTION}, null);
        }
        if (challenges.isEmpty() || challenges.size() > 3) {
            errors.rejectValue("challenges", "programmes.form.challenges.count");
        } else if (!challenges.stream().allMatch(code -> taxonomy.isSelectable(TermKind.CHALLENGE, code))) {
            errors.rejectValue("challenges", "programmes.form.challenges.count");
        }
        LocalDate opens = date(errors, "opensDate", opensDate);
        LocalDate closes = date(errors, "closesDate", closesDate);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.rejectValue("closesDate", "programmes.form.closes.before-opening");
        }
        Integer places = null;
        if (!capacity.strip().isEmpty()) {
            places = number(errors, "capacity", capacity, 1, 10_000);
        }
        Integer required = number(errors, "sessionsRequired", sessionsRequired, 1, 100);
        if (!List.of("sv", "en").contains(language.strip())) {
            errors.rejectValue("language", "programmes.form.language.required");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ProgrammePlan(
                title.strip(),
                summary.strip(),
                description.strip(),
                challenges,
                opens.atStartOfDay(zone).toInstant(),
                closes.plusDays(1).atStartOfDay(zone).toInstant(),
                places,
                required,
                "true".equals(trainsFacilitators),
                language.strip());
    }

    private static void text(Errors errors, String field, String value, int max) {
        String text = value.strip();
        if (text.isEmpty()) {
            errors.rejectValue(field, "programmes.form." + field + ".required");
        } else if (text.length() > max) {
            errors.rejectValue(field, "programmes.form.too-long", new Object[] {max}, null);
        }
    }

    private static LocalDate date(Errors errors, String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException bad) {
            errors.rejectValue(field, "programmes.form.date.invalid");
            return null;
        }
    }

    private static Integer number(Errors errors, String field, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException bad) {
            // Reported below like a number out of range.
        }
        errors.rejectValue(field, "programmes.form.number.range", new Object[] {min, max}, null);
        return null;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
