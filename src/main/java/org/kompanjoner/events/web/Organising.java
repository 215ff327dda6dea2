package org.kompanjoner.events.web;

import org.kompanjoner.events.internal.Event;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.stereotype.Component;

/** The one check before anything an organiser sees or does with an event. */
@Component
class Organising {

    private final JdbcEvents events;

    Organising(JdbcEvents events) {
        this.events = events;
    }

    /** The event, when {@code person} organises it (or administers the platform); anyone else gets 403. */
    Event organised(long id, SignedInPerson person, Layout layout) {
        Event event = events.byId(id).orElseThrow(Refused::notFound);
        if (!layout.admin() && !events.organises(id, person.personId())) {
            throw Refused.notYours("Not an organiser of event " + id);
        }
        return event;
    }
}
