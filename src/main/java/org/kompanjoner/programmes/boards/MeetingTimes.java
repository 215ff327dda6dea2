package org.kompanjoner.programmes.boards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kompanjoner.shared.WebLinks;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.validation.Errors;

/**
 * The board meeting's form made into times, as the events' own form does: a day and clock times in the
 * county's zone. On the night the clocks go forward an hour does not exist, and on the night they go back
 * an hour comes twice: neither is guessed, the coordinator is asked to choose another time.
 */
final class MeetingTimes {

    record Checked(Instant startsAt, Instant endsAt) {}

    private MeetingTimes() {}

    /** The meeting's times, or null with every problem named by its field in {@code errors}. */
    static Checked check(MeetingForm form, Errors errors, ZoneId zone, Taxonomy taxonomy) {
        LocalDate day = null;
        try {
            day = LocalDate.parse(form.date());
        } catch (DateTimeParseException bad) {
            errors.rejectValue("date", "boards.meeting.date.invalid");
        }
        Instant start = time(errors, "startTime", day, form.startTime(), zone);
        Instant end = time(errors, "endTime", day, form.endTime(), zone);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.rejectValue("endTime", "boards.meeting.ends-before-start");
        }
        String venue = form.venue().strip();
        if (venue.isEmpty() && form.onlineLink().isEmpty()) {
            errors.rejectValue("venue", "boards.meeting.place.required");
        }
        BoardFields.optional(errors, "venue", venue, MeetingForm.MAX_VENUE);
        if (!venue.isEmpty() && !taxonomy.isSelectable(TermKind.MUNICIPALITY, form.municipality())) {
            errors.rejectValue("municipality", "boards.meeting.municipality.required");
        }
        if (!form.onlineLink().isEmpty() && !web(form.onlineLink())) {
            errors.rejectValue("onlineLink", "boards.meeting.link.invalid");
        }
        return errors.hasErrors() ? null : new Checked(start, end);
    }

    private static Instant time(Errors errors, String field, LocalDate day, String value, ZoneId zone) {
        LocalTime clock;
        try {
            clock = LocalTime.parse(value);
        } catch (DateTimeParseException bad) {
            errors.rejectValue(field, "boards.meeting.time.invalid");
            return null;
        }
        if (day == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(day, clock);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            errors.rejectValue(field, "boards.meeting.time.missing", new Object[] {clock.toString()}, null);
            return null;
        }
        if (offsets.size() > 1) {
            errors.rejectValue(field, "boards.meeting.time.twice", new Object[] {clock.toString()}, null);
            return null;
        }
        return local.toInstant(offsets.get(0));
    }

    /** An address a browser opens: http or https, with a host, not longer than the column. */
    static boolean web(String link) {
        return WebLinks.opensInBrowser(link, MeetingForm.MAX_LINK);
    }
}
