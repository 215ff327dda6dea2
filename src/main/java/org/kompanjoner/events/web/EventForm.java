package org.kompanjoner.events.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kompanjoner.events.EventType;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.events.internal.EventTimes;
import org.kompanjoner.events.internal.Questions;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.WebLinks;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.validation.Errors;

/**
 * The organiser's form for an event, every field as typed: dates and clock times in the county's zone,
 * the end on the start's day unless another is given.
 */
public record EventForm(
        String type,
        String title,
        String summary,
        String programme,
        List<String> challenges,
        String startDate,
        String startTime,
        String endDate,
        String endTime,
        String venueAddress,
        String municipality,
        String onlineLink,
        String capacity,
        String opensDate,
        String closesDate,
        String closesTime,
        String language,
        String accessibility,
        String offerHours,
        List<String> questions,
        String freeQuestion1,
        String freeQuestion2,
        String freeQuestion3,
        String reminderHours,
        String invitationOnly) {

    static final int MAX_TITLE = 150;
    static final int MAX_SUMMARY = 400;
    static final int MAX_PROGRAMME = 20000;
    static final int MAX_ADDRESS = 300;
    static final int MAX_LINK = 500;
    static final int MAX_ACCESSIBILITY = 2000;
    /** A seat is held at most two weeks for the first in line. */
    static final int MAX_OFFER_HOURS = 336;
    /** Reminders go out at most 30 days before the start. */
    static final int MAX_REMINDER_HOURS = 720;

    /** A field the browser did not send is empty, so that the form shows again as it was. */
    public EventForm {
        type = nullToEmpty(type);
        title = nullToEmpty(title);
        summary = nullToEmpty(summary);
        programme = nullToEmpty(programme);
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
        startDate = nullToEmpty(startDate);
        startTime = nullToEmpty(startTime);
        endDate = nullToEmpty(endDate);
        endTime = nullToEmpty(endTime);
        venueAddress = nullToEmpty(venueAddress);
        municipality = nullToEmpty(municipality);
        onlineLink = nullToEmpty(onlineLink);
        capacity = nullToEmpty(capacity);
        opensDate = nullToEmpty(opensDate);
        closesDate = nullToEmpty(closesDate);
        closesTime = nullToEmpty(closesTime);
        language = nullToEmpty(language);
        accessibility = nullToEmpty(accessibility);
        offerHours = nullToEmpty(offerHours);
        questions = questions == null ? List.of() : List.copyOf(questions);
        freeQuestion1 = nullToEmpty(freeQuestion1);
        freeQuestion2 = nullToEmpty(freeQuestion2);
        freeQuestion3 = nullToEmpty(freeQuestion3);
        reminderHours = nullToEmpty(reminderHours);
        invitationOnly = nullToEmpty(invitationOnly);
    }

    static EventForm empty(LocalDate today, String language) {
        return new EventForm(
                "",
                "",
                "",
                "",
                List.of(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                today.toString(),
                "",
                "",
                language,
                "",
                String.valueOf(EventPlan.DEFAULT_OFFER_HOURS),
                List.of(),
                "",
                "",
                "",
                hours(EventPlan.DEFAULT_REMINDER_HOURS),
                "");
    }

    /** A form filled in from an earlier event, for a new one like it: the dates are left to the organiser. */
    static EventForm copyOf(Event event, LocalDate today, ZoneId zone) {
        EventPlan plan = event.plan();
        return new EventForm(
                plan.type().name(),
                plan.title(),
                plan.summary(),
                plan.programme(),
                plan.challenges(),
                "",
                plan.startsAt().atZone(zone).toLocalTime().toString(),
                "",
                plan.endsAt().atZone(zone).toLocalTime().toString(),
                nullToEmpty(plan.venueAddress()),
                nullToEmpty(plan.municipality()),
                nullToEmpty(plan.onlineLink()),
                plan.capacity() == null ? "" : plan.capacity().toString(),
                today.toString(),
                "",
                "",
                plan.language(),
                plan.accessibility(),
                String.valueOf(plan.offerHours()),
                plan.questions().asked().stream().map(Enum::name).sorted().toList(),
                free(plan.questions(), 0),
                free(plan.questions(), 1),
                free(plan.questions(), 2),
                hours(plan.reminderHours()),
                plan.invitationOnly() ? "true" : "");
    }

    /** The form filled in from an event as it is, for editing it. */
    static EventForm of(Event event, ZoneId zone) {
        EventPlan plan = event.plan();
        var start = plan.startsAt().atZone(zone);
        var end = plan.endsAt().atZone(zone);
        var closes = plan.registrationClosesAt().atZone(zone);
        return new EventForm(
                plan.type().name(),
                plan.title(),
                plan.summary(),
                plan.programme(),
                plan.challenges(),
                start.toLocalDate().toString(),
                start.toLocalTime().toString(),
                start.toLocalDate().equals(end.toLocalDate())
                        ? ""
                        : end.toLocalDate().toString(),
                end.toLocalTime().toString(),
                nullToEmpty(plan.venueAddress()),
                nullToEmpty(plan.municipality()),
                nullToEmpty(plan.onlineLink()),
                plan.capacity() == null ? "" : plan.capacity().toString(),
                plan.registrationOpensAt().atZone(zone).toLocalDate().toString(),
                closes.toLocalDate().toString(),
                closes.toLocalTime().toString(),
                plan.language(),
                plan.accessibility(),
                String.valueOf(plan.offerHours()),
                plan.questions().asked().stream().map(Enum::name).sorted().toList(),
                free(plan.questions(), 0),
                free(plan.questions(), 1),
                free(plan.questions(), 2),
                hours(plan.reminderHours()),
                plan.invitationOnly() ? "true" : "");
    }

    private static String free(Questions questions, int index) {
        return index < questions.free().size() ? questions.free().get(index) : "";
    }

    private static String hours(List<Integer> hours) {
        return String.join(", ", hours.stream().map(String::valueOf).toList());
    }

    /** The plan, or null with every problem named by its field in {@code errors}. */
    EventPlan check(Errors errors, ZoneId zone, Taxonomy taxonomy) {
        EventType kind = null;
        try {
            kind = EventType.valueOf(strip(type));
        } catch (IllegalArgumentException unknown) {
            errors.rejectValue("type", "events.form.type.required");
        }
        text(errors, "title", title, true, MAX_TITLE);
        text(errors, "summary", summary, true, MAX_SUMMARY);
        text(errors, "programme", programme, false, MAX_PROGRAMME);
        if (challenges.isEmpty() || challenges.size() > 3) {
            errors.rejectValue("challenges", "events.challenges.count");
        } else if (!challenges.stream().allMatch(code -> taxonomy.isSelectable(TermKind.CHALLENGE, code))) {
            errors.rejectValue("challenges", "events.form.challenge.unknown");
        }
        Instant start = time(errors, zone, "startTime", date(errors, "startDate", startDate, true), startTime);
        LocalDate endDay = strip(endDate).isEmpty()
                ? date(errors, "startDate", startDate, false)
                : date(errors, "endDate", endDate, true);
        Instant end = time(errors, zone, "endTime", endDay, endTime);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.rejectValue("endTime", "events.ends.before-start");
        }
        String venue = strip(venueAddress);
        String link = strip(onlineLink);
        text(errors, "venueAddress", venue, false, MAX_ADDRESS);
        if (venue.isEmpty() && link.isEmpty()) {
            errors.rejectValue("venueAddress", "events.place.required");
        }
        String place = strip(municipality);
        if (!venue.isEmpty() && !taxonomy.isSelectable(TermKind.MUNICIPALITY, place)) {
            errors.rejectValue("municipality", "events.form.municipality.required");
        }
        if (!link.isEmpty() && !WebLinks.opensInBrowser(link, MAX_LINK)) {
            errors.rejectValue("onlineLink", "events.form.link.invalid");
        }
        Integer seats = null;
        if (!strip(capacity).isEmpty()) {
            seats = number(errors, "capacity", capacity, 1, 100_000, "events.capacity.too-small");
        }
        Instant opens = time(errors, zone, "opensDate", date(errors, "opensDate", opensDate, true), "00:00");
        LocalDate closeDay = strip(closesDate).isEmpty() ? null : date(errors, "closesDate", closesDate, true);
        Instant closes = closeDay == null
                ? (start == null ? null : start.minus(Duration.ofHours(1)))
                : time(errors, zone, "closesTime", closeDay, strip(closesTime).isEmpty() ? "23:59" : closesTime);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.rejectValue("closesDate", "events.window.closes-before-opening");
        } else if (closes != null && end != null && closes.isAfter(end)) {
            errors.rejectValue("closesDate", "events.window.closes-after-end");
        }
        if (!List.of("sv", "en").contains(strip(language))) {
            errors.rejectValue("language", "events.form.language.required");
        }
        text(errors, "accessibility", accessibility, false, MAX_ACCESSIBILITY);
        Integer hours = number(errors, "offerHours", offerHours, 1, MAX_OFFER_HOURS, "events.offer-hours.range");
        Questions asked = questions(errors);
        List<Integer> reminders = reminders(errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new EventPlan(
                kind,
                strip(title),
                strip(summary),
                strip(programme),
                challenges,
                start,
                end,
                venue.isEmpty() ? null : venue,
                venue.isEmpty() ? null : place,
                link.isEmpty() ? null : link,
                seats,
                opens,
                closes,
                strip(language),
                strip(accessibility),
                hours,
                asked,
                reminders,
                "true".equals(invitationOnly));
    }

    private Questions questions(Errors errors) {
        Set<Questions.Question> standard = EnumSet.noneOf(Questions.Question.class);
        for (String name : questions) {
            try {
                standard.add(Questions.Question.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                errors.rejectValue("questions", "events.form.questions.unknown");
            }
        }
        List<String> own = new ArrayList<>();
        List<String> typed = List.of(freeQuestion1, freeQuestion2, freeQuestion3);
        for (int index = 0; index < typed.size(); index++) {
            // One line each: the questions are kept one per line.
            String question = typed.get(index).strip().replaceAll("\\s+", " ");
            if (question.length() > Questions.MAX_FREE_LENGTH) {
                errors.rejectValue(
                        "freeQuestion" + (index + 1),
                        "events.form.too-long",
                        new Object[] {Questions.MAX_FREE_LENGTH},
                        null);
            } else if (!question.isEmpty()) {
                own.add(question);
            }
        }
        return new Questions(standard, own);
    }

    /** Up to three whole hours before the start, each at most 30 days, typed as 48 and 2 with a comma between. */
    private List<Integer> reminders(Errors errors) {
        String typed = strip(reminderHours);
        if (typed.isEmpty()) {
            return List.of();
        }
        Set<Integer> hours = new TreeSet<>(Comparator.reverseOrder());
        for (String part : typed.split("[,;\\s]+")) {
            if (!part.matches("\\d{1,3}")
                    || Integer.parseInt(part) < 1
                    || Integer.parseInt(part) > MAX_REMINDER_HOURS) {
                errors.rejectValue(
                        "reminderHours", "events.form.reminderHours.invalid", new Object[] {MAX_REMINDER_HOURS}, null);
                return List.of();
            }
            hours.add(Integer.valueOf(part));
        }
        if (hours.size() > 3) {
            errors.rejectValue(
                    "reminderHours", "events.form.reminderHours.invalid", new Object[] {MAX_REMINDER_HOURS}, null);
            return List.of();
        }
        return List.copyOf(hours);
    }

    private static void text(Errors errors, String field, String value, boolean required, int max) {
        String text = strip(value);
        if (required && text.isEmpty()) {
            errors.rejectValue(field, "events.form." + field + ".required");
        } else if (text.length() > max) {
            errors.rejectValue(field, "events.form.too-long", new Object[] {max}, null);
        }
    }

    private static LocalDate date(Errors errors, String field, String value, boolean report) {
        try {
            return LocalDate.parse(strip(value));
        } catch (DateTimeParseException bad) {
            if (report && errors.getFieldErrorCount(field) == 0) {
                errors.rejectValue(field, "events.form.date.invalid");
            }
            return null;
        }
    }

    private static Instant time(Errors errors, ZoneId zone, String field, LocalDate day, String value) {
        LocalTime clock;
        try {
            clock = LocalTime.parse(strip(value));
        } catch (DateTimeParseException bad) {
            errors.rejectValue(field, "events.form.time.invalid");
            return null;
        }
        if (day == null) {
            return null;
        }
        try {
            return EventTimes.at(LocalDateTime.of(day, clock), zone);
        } catch (Refused refused) {
            errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
            return null;
        }
    }

    private static Integer number(Errors errors, String field, String value, int min, int max, String problem) {
        try {
            int number = Integer.parseInt(strip(value));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException bad) {
            // Reported below like a number out of range.
        }
        errors.rejectValue(field, problem, new Object[] {min, max}, null);
        return null;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
