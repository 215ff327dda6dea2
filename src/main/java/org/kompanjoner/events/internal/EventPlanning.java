package org.kompanjoner.events.internal;

import java.util.Objects;
import org.kompanjoner.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisers plan events and call them off. */
@Service
public class EventPlanning {

    private final JdbcEvents events;
    private final EventMails mails;
    private final Registrations registrations;

    EventPlanning(JdbcEvents events, EventMails mails, Registrations registrations) {
        this.events = events;
        this.mails = mails;
        this.registrations = registrations;
    }

    /**
     * The organiser's change. Everyone registered or in line is told when the time or the place changed;
     * seats a larger capacity adds go to the first in line. A smaller capacity takes no one's seat.
     */
    @Transactional
    public void update(long eventId, EventPlan plan) {
        check(plan);
        Event before = events.lock(eventId).orElseThrow(Refused::notFound);
        if (before.state() == Event.State.CANCELLED) {
            throw Refused.notNow("events.cancelled");
        }
        events.update(eventId, plan);
        Event after = events.byId(eventId).orElseThrow();
        EventPlan was = before.plan();
        boolean moved = !was.startsAt().equals(plan.startsAt())
                || !was.endsAt().equals(plan.endsAt())
                || !Objects.equals(was.venueAddress(), plan.venueAddress())
                || !Objects.equals(was.municipality(), plan.municipality())
                || !Objects.equals(was.onlineLink(), plan.onlineLink());
        if (moved) {
            events.registrations(eventId).stream()
                    .filter(registration -> registration.status().active())
                    .forEach(registration -> mails.changed(registration, after));
        }
        registrations.offerFreedSeats(after);
    }

    /** A new event, open for registration in its window; a plan that cannot work is refused whole. */
    @Transactional
    public long create(EventPlan plan, long organiserId) {
        check(plan);
        return events.insert(plan, organiserId);
    }

    /** Calls the event off: nobody can register any more, and everyone registered or in line is told. */
    @Transactional
    public void cancel(long eventId) {
        Event event = events.lock(eventId).orElseThrow(Refused::notFound);
        if (event.state() == Event.State.CANCELLED) {
            throw Refused.notNow("events.cancelled");
        }
        events.setState(eventId, Event.State.CANCELLED);
        events.registrations(eventId).stream()
                .filter(registration -> registration.status().active())
                .forEach(registration -> mails.eventCancelled(registration, event));
    }

    static void check(EventPlan plan) {
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            throw new Refused("events.ends.before-start");
        }
        if (plan.capacity() != null && plan.capacity() < 1) {
            throw new Refused("events.capacity.too-small");
        }
        if (!plan.registrationClosesAt().isAfter(plan.registrationOpensAt())) {
            throw new Refused("events.window.closes-before-opening");
        }
        if (plan.registrationClosesAt().isAfter(plan.endsAt())) {
            throw new Refused("events.window.closes-after-end");
        }
        if (plan.challenges().isEmpty() || plan.challenges().size() > 3) {
            throw new Refused("events.challenges.count");
        }
        if (blank(plan.venueAddress()) && blank(plan.onlineLink())) {
            throw new Refused("events.place.required");
        }
        if (plan.offerHours() < 1) {
            throw new Refused("events.offer-hours.too-small");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
