package org.kompanjoner.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.SecretToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Registration for events: a seat while there is one, else a place in line; a freed seat offered to the
 * first in line, held for them for the event's offer time, then passed on. Every change that gives or
 * frees a seat first locks the event's row ({@link JdbcEvents#lock}), so registrations on any number of
 * nodes take turns and never overbook, and places in line are given in one strict order.
 */
@Service
public class Registrations {

    /** How long a guest's seat is held while they have not yet confirmed their address. */
    static final Duration GUEST_HOLD = Duration.ofHours(24);

    /** Where a registration ended up; {@code already} when the person was registered before. */
    public record Outcome(long registrationId, RegistrationStatus status, Integer waitingPosition, boolean already) {}

    private final JdbcEvents events;
    private final EventMails mails;
    private final Answers answers;
    private final Clock clock;
    private final TransactionOperations transactions;

    Registrations(
            JdbcEvents events, EventMails mails, Answers answers, Clock clock, TransactionOperations transactions) {
        this.events = events;
        this.mails = mails;
        this.answers = answers;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** A signed-in member registers: a seat at once when there is one, else a place in line. */
    @Transactional
    public Outcome registerMember(long eventId, long personId) {
        return registerMember(eventId, personId, Map.of());
    }

    /** The same, with the answers to the event's questions (by their keys, see {@link Questions}). */
    @Transactional
    public Outcome registerMember(long eventId, long personId, Map<String, String> answered) {
        return register(eventId, personId, null, null, answered);
    }

    /**
     * A guest registers with a mail address: a seat is held for a day until they follow the link mailed to
     * them, or a place in line that is offered a seat only once the address is confirmed.
     */
    @Transactional
    public Outcome registerGuest(long eventId, String email, String name, Map<String, String> answered) {
        return register(eventId, null, email.strip().toLowerCase(Locale.ROOT), name.strip(), answered);
    }

    /** {@code answered} null keeps the answers given before (a guest's registration taken up again). */
    private Outcome register(
            long eventId, Long personId, String guestEmail, String guestName, Map<String, String> answered) {
        Event event = events.lock(eventId).orElseThrow(Refused::notFound);
        Instant now = clock.instant();
        if (event.plan().invitationOnly() && answered != null) {
            // Only the organisers give places at such an event (see seatInvited).
            throw Refused.notFound();
        }
        if (!event.registrationOpen(now)) {
            throw Refused.notNow(
                    event.state() == Event.State.CANCELLED ? "events.cancelled" : "events.registration.closed");
        }
        Optional<Registration> earlier = events.registrationOf(eventId, personId, guestEmail);
        if (earlier.isPresent() && earlier.get().status().active()) {
            Registration registration = earlier.get();
            return new Outcome(registration.id(), registration.status(), registration.waitingPosition(), true);
        }
        RegistrationStatus status;
        Integer position = null;
        if (hasFreeSeat(event, now)) {
            status = personId != null ? RegistrationStatus.CONFIRMED : RegistrationStatus.UNCONFIRMED;
        } else {
            status = RegistrationStatus.WAITING;
            position = events.nextWaitingPosition(eventId);
        }
        // A new secret for the cancellation link each time: an old mail's link no longer cancels.
        SecretToken cancellation = SecretToken.generate();
        long id;
        if (earlier.isPresent()) {
            id = earlier.get().id();
            events.restart(id, status, position, cancellation.hash());
        } else {
            id = events.insertRegistration(
                    eventId, personId, guestEmail, guestName, status, position, cancellation.hash());
        }
        if (answered != null) {
            answers.save(id, answered);
        }
        Registration registration = events.registration(id).orElseThrow();
        if (registration.addressConfirmed()) {
            mails.registered(registration, event, cancellation);
        } else {
            // A guest first proves the address is theirs; the mail with the seat comes after.
            SecretToken confirmation = SecretToken.generate();
            events.setConfirmToken(id, confirmation.hash());
            mails.confirmAddress(registration, event, confirmation);
        }
        return new Outcome(id, status, position, false);
    }

    /**
     * A guest followed the link mailed to them. A seat still held for them becomes theirs; one held longer
     * than a day was let go, so they get a seat if one is free, else a place in line.
     */
    @Transactional
    public Outcome confirmGuestByLink(String token) {
        Registration registration = events.registrationByConfirmToken(token).orElseThrow(Refused::notFound);
        Outcome outcome = confirmGuest(registration.id());
        if (!outcome.already()) {
            // The link has done its work; the mail that follows carries the one that cancels.
            events.setConfirmToken(registration.id(), null);
            Registration now = events.registration(outcome.registrationId()).orElseThrow();
            SecretToken cancellation = SecretToken.generate();
            events.setCancelToken(now.id(), cancellation.hash());
            mails.registered(now, events.byId(now.eventId()).orElseThrow(), cancellation);
        }
        return outcome;
    }

    @Transactional
    public Outcome confirmGuest(long registrationId) {
        Registration registration = events.registration(registrationId).orElseThrow(Refused::notFound);
        Event event = events.lock(registration.eventId()).orElseThrow(Refused::notFound);
        Instant now = clock.instant();
        registration = events.registration(registrationId).orElseThrow(Refused::notFound);
        boolean firstConfirmation = !registration.addressConfirmed();
        events.confirmAddress(registrationId);
        switch (registration.status()) {
            case UNCONFIRMED -> {
                if (registration.createdAt().isAfter(now.minus(GUEST_HOLD))) {
                    events.setStatus(registrationId, RegistrationStatus.CONFIRMED, null);
                    return new Outcome(registrationId, RegistrationStatus.CONFIRMED, null, false);
                }
                events.setStatus(registrationId, RegistrationStatus.LAPSED, null);
                return register(event.id(), null, registration.guestEmail(), registration.guestName(), null);
            }
            case LAPSED -> {
                if (!firstConfirmation) {
                    return new Outcome(registrationId, registration.status(), registration.waitingPosition(), true);
                }
                // The day passed before the guest came back: a registration anew, if registration is open.
                return register(event.id(), null, registration.guestEmail(), registration.guestName(), null);
            }
            case WAITING -> {
                // Now that the address is known to be theirs, a seat freed meanwhile may go to them.
                offerFreedSeats(event, now);
                Registration after = events.registration(registrationId).orElseThrow();
                return new Outcome(registrationId, after.status(), after.waitingPosition(), false);
            }
            default -> {
                return new Outcome(registrationId, registration.status(), registration.waitingPosition(), true);
            }
        }
    }

    /**
     * Cancels a registration. A seat it held is offered to the first in line; returns the registration
     * offered it, if any (to tell them).
     */
    @Transactional
    public Optional<Registration> cancel(long registrationId) {
        Registration registration = events.registration(registrationId).orElseThrow(Refused::notFound);
        Event event = events.lock(registration.eventId()).orElseThrow(Refused::notFound);
        registration = events.registration(registrationId).orElseThrow(Refused::notFound);
        if (!registration.status().active()) {
            throw Refused.notNow("events.registration.not-active");
        }
        events.setStatus(registrationId, RegistrationStatus.CANCELLED, null);
        return registration.status().holdsSeat() ? offerFreedSeats(event, clock.instant()) : Optional.empty();
    }

    /**
     * Cancels the registration a mailed link was made for. The link works once: a registration already
     * cancelled is refused, and so is an unknown link.
     */
    @Transactional
    public Registration cancelByLink(String token) {
        Registration registration = events.registrationByCancelToken(token).orElseThrow(Refused::notFound);
        cancel(registration.id());
        return registration;
    }

    /** The seat offered to the guest whose link this is, taken. */
    @Transactional
    public Registration acceptOfferByLink(String token) {
        Registration registration = events.registrationByCancelToken(token).orElseThrow(Refused::notFound);
        acceptOffer(registration.id());
        return registration;
    }

    /** The first in line takes the seat offered to them, while the offer holds. */
    @Transactional
    public void acceptOffer(long registrationId) {
        Registration registration = events.registration(registrationId).orElseThrow(Refused::notFound);
        events.lock(registration.eventId()).orElseThrow(Refused::notFound);
        registration = events.registration(registrationId).orElseThrow(Refused::notFound);
        if (registration.status() != RegistrationStatus.OFFERED
                || !registration.offeredUntil().isAfter(clock.instant())) {
            throw Refused.notNow("events.offer.gone");
        }
        events.setStatus(registrationId, RegistrationStatus.CONFIRMED, null);
        mails.seated(registration, events.byId(registration.eventId()).orElseThrow());
    }

    /**
     * Gives {@code personId} a place at the event whatever its capacity and registration window (the
     * organisers invite them: a programme's participant to its sessions), and mails them the seat with
     * the event's calendar file. Nothing changes for someone who has a seat already.
     */
    @Transactional
    public void seatInvited(long eventId, long personId, boolean tell) {
        Event event = events.lock(eventId).orElseThrow(Refused::notFound);
        Optional<Registration> earlier = events.registrationOf(eventId, personId, null);
        if (earlier.isPresent() && earlier.get().status() == RegistrationStatus.CONFIRMED) {
            return;
        }
        SecretToken cancellation = SecretToken.generate();
        long id;
        if (earlier.isPresent()) {
            id = earlier.get().id();
            events.restart(id, RegistrationStatus.CONFIRMED, null, cancellation.hash());
        } else {
            id = events.insertRegistration(
                    eventId, personId, null, null, RegistrationStatus.CONFIRMED, null, cancellation.hash());
        }
        if (tell) {
            mails.registered(events.registration(id).orElseThrow(), event, cancellation);
        }
    }

    /** The organiser gives someone in line a seat by hand, even beyond the capacity. */
    @Transactional
    public void promote(long eventId, long registrationId) {
        events.lock(eventId).orElseThrow(Refused::notFound);
        Registration registration = events.registration(registrationId)
                .filter(found -> found.eventId() == eventId)
                .orElseThrow(Refused::notFound);
        if (registration.status() != RegistrationStatus.WAITING
                && registration.status() != RegistrationStatus.OFFERED) {
            throw Refused.notNow("events.registration.not-waiting");
        }
        events.setStatus(registrationId, RegistrationStatus.CONFIRMED, null);
    }

    /**
     * Offers that ran out and guests' seats held a day unconfirmed are let go, and each freed seat is
     * offered to the next in line. Returns how many holds ended.
     */
    public int passOnLapsedHolds() {
        Instant now = clock.instant();
        int ended = 0;
        // One event at a time, each in its own transaction under its lock, so one busy event holds up
        // no other.
        for (long eventId : events.eventsWithLapsedHolds(now, now.minus(GUEST_HOLD))) {
            Integer endedHere = transactions.execute(status -> {
                Event event = events.lock(eventId).orElseThrow();
                int count = events.endLapsedHolds(eventId, now, now.minus(GUEST_HOLD));
                offerFreedSeats(event, now);
                return count;
            });
            ended += endedHere == null ? 0 : endedHere;
        }
        return ended;
    }

    /** Seats that came free (a larger capacity) go to the first in line; the caller holds the event's lock. */
    void offerFreedSeats(Event event) {
        offerFreedSeats(event, clock.instant());
    }

    /** While there is a free seat and someone in line, the first in line is offered it. */
    private Optional<Registration> offerFreedSeats(Event event, Instant now) {
        Optional<Registration> last = Optional.empty();
        while (event.state() == Event.State.PUBLISHED && hasFreeSeat(event, now)) {
            Optional<Registration> next = events.firstWaiting(event.id());
            if (next.isEmpty()) {
                break;
            }
            Instant until = now.plus(Duration.ofHours(event.plan().offerHours()));
            events.setStatus(next.get().id(), RegistrationStatus.OFFERED, until);
            last = events.registration(next.get().id());
            SecretToken link = null;
            if (next.get().personId() == null) {
                // A guest cannot sign in: they take the seat through their registration's own link.
                link = SecretToken.generate();
                events.setCancelToken(next.get().id(), link.hash());
            }
            mails.offered(last.orElseThrow(), event, link);
        }
        return last;
    }

    private boolean hasFreeSeat(Event event, Instant now) {
        Integer capacity = event.plan().capacity();
        return capacity == null || events.seatsTaken(event.id(), now.minus(GUEST_HOLD)) < capacity;
    }
}
