package org.kompanjoner.events.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.kompanjoner.events.EventType;
import org.kompanjoner.shared.TextFields;

/**
 * What an organiser plans: the event as it is shown and registered for. {@code capacity} null is no
 * limit; a venue, an online link or both. {@code reminderHours}: how many hours before the start those
 * with a seat are reminded by mail. {@code invitationOnly}: only those the organisers give a place take
 * part (a programme's session, a board meeting); it is not in the calendar.
 */
public record EventPlan(
        EventType type,
        String title,
        String summary,
        String programme,
        List<String> challenges,
        Instant startsAt,
        Instant endsAt,
        String venueAddress,
        String municipality,
        String onlineLink,
        Integer capacity,
        Instant registrationOpensAt,
        Instant registrationClosesAt,
        String language,
        String accessibility,
        int offerHours,
        Questions questions,
        List<Integer> reminderHours,
        boolean invitationOnly) {

    /** A freed seat is held this long for the first in line unless the organiser says otherwise. */
    public static final int DEFAULT_OFFER_HOURS = 48;

    /** Two days and two hours before the start, unless the organiser says otherwise. */
    public static final List<Integer> DEFAULT_REMINDER_HOURS = List.of(48, 2);

    public EventPlan {
        challenges = List.copyOf(challenges);
        reminderHours = List.copyOf(reminderHours);
    }

    /** The fields a translation gives in another language. */
    public TextFields texts() {
        return new TextFields(title, summary, programme);
    }

    /** A plan that asks nothing at registration and reminds at the default times. */
    public EventPlan(
            EventType type,
            String title,
            String summary,
            String programme,
            List<String> challenges,
            Instant startsAt,
            Instant endsAt,
            String venueAddress,
            String municipality,
            String onlineLink,
            Integer capacity,
            Instant registrationOpensAt,
            Instant registrationClosesAt,
            String language,
            String accessibility,
            int offerHours) {
        this(
                type,
                title,
                summary,
                programme,
                challenges,
                startsAt,
                endsAt,
                venueAddress,
                municipality,
                onlineLink,
                capacity,
                registrationOpensAt,
                registrationClosesAt,
                language,
                accessibility,
                offerHours,
                Questions.none(),
                DEFAULT_REMINDER_HOURS,
                false);
    }

    EventPlan withChallenges(List<String> chosen) {
        return new EventPlan(
                type,
                title,
                summary,
                programme,
                chosen,
                startsAt,
                endsAt,
                venueAddress,
                municipality,
                onlineLink,
                capacity,
                registrationOpensAt,
                registrationClosesAt,
                language,
                accessibility,
                offerHours,
                questions,
                reminderHours,
                invitationOnly);
    }

    /** The reminder hours as the event's row keeps them: the numbers joined by commas. */
    String reminderColumn() {
        return String.join(",", reminderHours.stream().map(String::valueOf).toList());
    }

    static List<Integer> reminderHours(String column) {
        return Arrays.stream(column.split(","))
                .map(String::strip)
                .filter(value -> value.matches("\\d{1,3}"))
                .map(Integer::valueOf)
                .toList();
    }
}
