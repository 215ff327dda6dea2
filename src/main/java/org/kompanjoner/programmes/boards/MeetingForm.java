package org.kompanjoner.programmes.boards;

/** The board meeting as a coordinator types it: a day and clock times in the county's zone, a place or a link. */
public record MeetingForm(
        String date, String startTime, String endTime, String venue, String municipality, String onlineLink) {

    public static final int MAX_VENUE = 300;
    public static final int MAX_LINK = 500;

    public static final MeetingForm EMPTY = new MeetingForm("", "13:00", "16:00", "", "", "");

    public MeetingForm {
        date = BoardFields.empty(date).strip();
        startTime = BoardFields.empty(startTime).strip();
        endTime = BoardFields.empty(endTime).strip();
        venue = BoardFields.empty(venue);
        municipality = BoardFields.empty(municipality).strip();
        onlineLink = BoardFields.empty(onlineLink).strip();
    }
}
