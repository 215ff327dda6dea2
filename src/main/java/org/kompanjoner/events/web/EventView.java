package org.kompanjoner.events.web;

import gg.jte.Content;
import java.util.List;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.web.ShownTexts;

/**
 * An event as a page shows it: its title, summary and programme in the reader's language when it has
 * them (else the original, said so), names instead of codes, the programme as safe HTML, the seats left, and
 * the online link only for someone with a seat.
 *
 * @param when the start and end in the county's zone, the end's date left out on the same day
 * @param place the venue with its municipality, or null for an event only online
 * @param seatsLeft null when there is no limit
 * @param onlineLink null unless the viewer has a seat (or organises the event)
 */
public record EventView(
        Event event,
        Translated.Shown<TextFields> shown,
        String when,
        String place,
        List<String> challenges,
        Content programme,
        Integer seatsLeft,
        boolean online,
        String onlineLink)
        implements ShownTexts {

    public EventPlan plan() {
        return event.plan();
    }

    public long id() {
        return event.id();
    }
}
