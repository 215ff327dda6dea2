package org.kompanjoner.programmes.facilitators;

/**
 * "Request a facilitator" as sent: who asks, what, where (a municipality code), when, for whom, and
 * optionally the facilitator they wish for (a person's id, as text so that nonsense is a field message
 * rather than a binding failure). {@code homepage} is a field people never see, and robots fill in.
 */
public record RequestForm(
        String name,
        String email,
        String organisation,
        String what,
        String municipality,
        String timing,
        String audience,
        String facilitator,
        String homepage) {

    public static final int MAX_NAME = 100;
    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_WHAT = 2000;
    public static final int MAX_TIMING = 200;
    public static final int MAX_AUDIENCE = 300;

    public RequestForm {
        name = empty(name);
        email = empty(email);
        organisation = empty(organisation);
        what = empty(what);
        municipality = empty(municipality).strip();
        timing = empty(timing);
        audience = empty(audience);
        facilitator = empty(facilitator).strip();
        homepage = empty(homepage);
    }

    public static RequestForm wishing(String facilitator) {
        return new RequestForm("", "", "", "", "", "", "", facilitator, "");
    }

    /** The wished facilitator's id, or null when none (or no number) was given. */
    public Long wishedFacilitator() {
        return facilitator.matches("\\d{1,18}") ? Long.valueOf(facilitator) : null;
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
