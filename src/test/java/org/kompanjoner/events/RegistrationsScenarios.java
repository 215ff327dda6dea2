package org.kompanjoner.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.events.internal.EventPlan;
import org.kompanjoner.events.internal.EventPlanning;
import org.kompanjoner.events.internal.JdbcEvents;
import org.kompanjoner.events.internal.Registration;
import org.kompanjoner.events.internal.Registrations;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registration under load, on the database each variant names: many people at once never overbook an
 * event, the waiting list keeps one strict order, nobody is registered twice, and freed seats go to the
 * first in line and pass on when an offer runs out.
 */
abstract class RegistrationsScenarios {

    @Autowired
    EventPlanning planning;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcEvents events;

    @Autowired
    Clock clock;

    /** People are referred to by id only; each test takes ids of its own. */
    final long firstPerson = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);

    @AfterEach
    void backToNow() {
        ((TestClock) clock).reset();
    }

    long event(Integer capacity) {
        Instant now = clock.instant();
        return planning.create(
                new EventPlan(
                        EventType.DIALOGUE_MEETING,
                        "Dialogmöte om kompetensförsörjning",
                        "Företag, högskolan och kommunen möts.",
                        "Program",
                        List.of("8"),
                        now.plus(Duration.ofDays(30)),
                        now.plus(Duration.ofDays(30)).plus(Duration.ofHours(3)),
                        "Science Park, Jönköping",
                        "0680",
                        null,
                        capacity,
                        now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(29)),
                        "sv",
                        "Hiss och hörslinga finns.",
                        EventPlan.DEFAULT_OFFER_HOURS),
                1);
    }

    static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<T>> futures = threads.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    Map<RegistrationStatus, List<Registration>> byStatus(long eventId) {
        return events.registrations(eventId).stream().collect(Collectors.groupingBy(Registration::status));
    }

    @Test
    void twoHundredAtOnceForFiftySeatsGiveFiftySeatsAndALineOfOneHundredAndFiftyInOneOrder() throws Exception {
        long eventId = event(50);
        // Every person tries twice at once: the second try finds the first, never a second registration.
        List<Callable<Registrations.Outcome>> tries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long person = firstPerson + i;
            tries.add(() -> registrations.registerMember(eventId, person));
            tries.add(() -> registrations.registerMember(eventId, person));
        }
        List<Registrations.Outcome> outcomes = allAtOnce(tries);

        assertThat(outcomes.stream().filter(Registrations.Outcome::already)).hasSize(200);
        List<Registration> all = events.registrations(eventId);
        assertThat(all).hasSize(200);
        assertThat(all.stream().map(Registration::personId).distinct()).hasSize(200);
        Map<RegistrationStatus, List<Registration>> byStatus = byStatus(eventId);
        assertThat(byStatus.get(RegistrationStatus.CONFIRMED)).hasSize(50);
        assertThat(byStatus.get(RegistrationStatus.WAITING))
                .extracting(Registration::waitingPosition)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 150).boxed().toList());
        // The line is in the order the places were given: a later place was never created earlier.
        List<Registration> line = byStatus.get(RegistrationStatus.WAITING);
        for (int i = 1; i < line.size(); i++) {
            assertThat(line.get(i).createdAt()).isAfterOrEqualTo(line.get(i - 1).createdAt());
        }
    }

    @Test
    void aStormOfCancellationsAndNewRegistrationsNeverOverbooksAndOffersSeatsToTheFirstInLine() throws Exception {
        long eventId = event(50);
        for (int i = 0; i < 120; i++) {
            registrations.registerMember(eventId, firstPerson + i);
        }
        List<Registration> seated = byStatus(eventId).get(RegistrationStatus.CONFIRMED);
        List<Callable<Object>> storm = new ArrayList<>();
        for (Registration registration : seated.subList(0, 30)) {
            storm.add(() -> registrations.cancel(registration.id()));
        }
        for (int i = 0; i < 20; i++) {
            long person = firstPerson + 1000 + i;
            storm.add(() -> registrations.registerMember(eventId, person));
        }
        allAtOnce(storm);

        Map<RegistrationStatus, List<Registration>> byStatus = byStatus(eventId);
        assertThat(byStatus.get(RegistrationStatus.CONFIRMED)).hasSize(20);
        List<Registration> offered = byStatus.get(RegistrationStatus.OFFERED);
        assertThat(offered).hasSize(30);
        // The freed seats went to the first thirty in line, in order; the newcomers queue behind.
        assertThat(offered)
                .extracting(Registration::waitingPosition)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 30).boxed().toList());
        assertThat(byStatus.get(RegistrationStatus.WAITING))
                .extracting(Registration::waitingPosition)
                .containsExactlyElementsOf(IntStream.rangeClosed(31, 90).boxed().toList());
        assertThat(events.registrations(eventId).stream()
                        .map(Registration::personId)
                        .distinct())
                .hasSize(140);
    }

    @Test
    void anOfferThatRunsOutPassesToTheNextInLine() {
        long eventId = event(1);
        Registrations.Outcome first = registrations.registerMember(eventId, firstPerson);
        Registrations.Outcome second = registrations.registerMember(eventId, firstPerson + 1);
        Registrations.Outcome third = registrations.registerMember(eventId, firstPerson + 2);
        assertThat(second.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(second.waitingPosition()).isEqualTo(1);

        assertThat(registrations.cancel(first.registrationId()))
                .hasValueSatisfying(offered -> assertThat(offered.id()).isEqualTo(second.registrationId()));
        assertThat(status(second)).isEqualTo(RegistrationStatus.OFFERED);
        // Nobody else may take the seat while it is held.
        assertThat(registrations.registerMember(eventId, firstPerson + 3).status())
                .isEqualTo(RegistrationStatus.WAITING);

        ((TestClock) clock).advance(Duration.ofHours(EventPlan.DEFAULT_OFFER_HOURS + 1));
        assertThat(registrations.passOnLapsedHolds()).isGreaterThanOrEqualTo(1);
        assertThat(status(second)).isEqualTo(RegistrationStatus.LAPSED);
        assertThat(status(third)).isEqualTo(RegistrationStatus.OFFERED);
        assertThatThrownBy(() -> registrations.acceptOffer(second.registrationId()))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("events.offer.gone"));
        registrations.acceptOffer(third.registrationId());
        assertThat(status(third)).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aGuestHoldsASeatForADayUntilTheyConfirmTheirAddress() {
        long eventId = event(1);
        Registrations.Outcome guest = registrations.registerGuest(eventId, " Gäst@Example.se ", "Greta Gäst", Map.of());
        assertThat(guest.status()).isEqualTo(RegistrationStatus.UNCONFIRMED);
        assertThat(registrations
                        .registerGuest(eventId, "gäst@example.se", "Greta", Map.of())
                        .already())
                .isTrue();
        Registrations.Outcome member = registrations.registerMember(eventId, firstPerson);
        assertThat(member.status()).isEqualTo(RegistrationStatus.WAITING);

        ((TestClock) clock).advance(Duration.ofHours(25));
        registrations.passOnLapsedHolds();
        assertThat(status(guest)).isEqualTo(RegistrationStatus.LAPSED);
        assertThat(status(member)).isEqualTo(RegistrationStatus.OFFERED);
        // Confirming too late is a new registration, behind those already in line.
        Registrations.Outcome late = registrations.confirmGuest(guest.registrationId());
        assertThat(late.status()).isEqualTo(RegistrationStatus.WAITING);
    }

    @Test
    void noRegistrationOutsideTheWindowAndAPlanThatCannotWorkIsRefusedWhole() {
        long eventId = event(10);
        ((TestClock) clock).advance(Duration.ofDays(29).plusMinutes(1));
        assertThatThrownBy(() -> registrations.registerMember(eventId, firstPerson))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("events.registration.closed"));
        assertThat(events.registrations(eventId)).isEmpty();

        Instant now = clock.instant();
        EventPlan endsFirst = new EventPlan(
                EventType.SEMINAR,
                "Seminarium",
                "Om sociala innovationer",
                "",
                List.of("1"),
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(1)),
                "Stadsbiblioteket",
                "0680",
                null,
                0,
                now,
                now.plus(Duration.ofHours(1)),
                "sv",
                "",
                48);
        assertThatThrownBy(() -> planning.create(endsFirst, 1))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("events.ends.before-start"));
    }

    RegistrationStatus status(Registrations.Outcome outcome) {
        return events.registration(outcome.registrationId()).orElseThrow().status();
    }
}
