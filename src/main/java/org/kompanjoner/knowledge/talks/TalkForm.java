package org.kompanjoner.knowledge.talks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * An invitation to come and talk as sent: who asks, where (a municipality code and a place), when (a wished day,
 * or the first and last day of a period), for how many, about what and in which language. Dates and the
 * number are kept as typed, so that nonsense is a field message rather than a binding failure.
 * {@code homepage} is a field people never see, and robots fill in.
 */
public record TalkForm(
        String name,
        String email,
        String phone,
        String organisation,
        String municipality,
        String place,
        String wishedFrom,
        String wishedTo,
        String audienceSize,
        String topic,
        String talkLanguage,
        String homepage) {

    public static final int MAX_NAME = 100;
    public static final int MAX_PHONE = 40;
    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_PLACE = 200;
    public static final int MAX_TOPIC = 2000;
    public static final int MAX_AUDIENCE = 100_000;

    /** The languages a talk can be given in. */
    public static final List<String> LANGUAGES = List.of("sv", "en", "ar");

    public TalkForm {
        name = empty(name);
        email = empty(email);
        phone = empty(phone);
        organisation = empty(organisation);
        municipality = empty(municipality).strip();
        place = empty(place);
        wishedFrom = empty(wishedFrom).strip();
        wishedTo = empty(wishedTo).strip();
        audienceSize = empty(audienceSize).strip();
        topic = empty(topic);
        talkLanguage = empty(talkLanguage).strip();
        homepage = empty(homepage);
    }

    public static TalkForm empty() {
        return new TalkForm("", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The first wished day, or null when none or no date was given. */
    public LocalDate from() {
        return date(wishedFrom);
    }

    /** The last wished day of a period, or null when it is one day (or no date was given). */
    public LocalDate to() {
        return date(wishedTo);
    }

    /** The number of listeners, or -1 when it is not a number. */
    public int audience() {
        return audienceSize.matches("\\d{1,6}") ? Integer.parseInt(audienceSize) : -1;
    }

    private static LocalDate date(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
