package org.kompanjoner.events.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kompanjoner.events.EventSummary;
import org.kompanjoner.events.EventType;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.events.SessionPlan;
import org.kompanjoner.events.Sessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Events for other modules to build on: see {@link Sessions}. */
@Service
class EventSessions implements Sessions {

    private final JdbcEvents events;
    private final Registrations registrations;
    private final EventPlanning planning;
    private final Attendance attendance;
    private final JdbcClient jdbc;
    private final Clock clock;

    EventSessions(
            JdbcEvents events,
            Registrations registrations,
            EventPlanning planning,
            Attendance attendance,
            JdbcClient jdbc,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.planning = planning;
        this.attendance = attendance;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<EventSummary> find(long eventId) {
        return events.byId(eventId).map(EventSessions::summary);
    }

    @Override
    public List<EventSummary> upcomingOrganisedBy(long personId, boolean administrator) {
        return jdbc
                .sql("""
                        select e.id from events_event e where e.state = 'PUBLISHED' and e.ends_at >= ?
                          and (? or e.created_by = ?
                            or exists (select 1 from events_organiser o where o.event_id = e.id and o.person_id = ?))
                        order by e.starts_at, e.id fetch first 200 rows only
                        """)
                .params(Timestamp.from(clock.instant()), administrator, personId, personId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> events.byId(id).map(EventSessions::summary).orElseThrow())
                .toList();
    }

    @Override
    public boolean organises(long eventId, long personId) {
        return events.organises(eventId, personId);
    }

    @Override
    public void seat(long eventId, long personId, boolean tell) {
        registrations.seatInvited(eventId, personId, tell);
    }

    @Override
    public void release(long eventId, long personId) {
        events.registrationOf(eventId, personId, null)
                .filter(registration -> registration.status().active())
                .ifPresent(registration -> registrations.cancel(registration.id()));
    }

    @Override
    public long schedule(SessionPlan plan, long organiser) {
        Instant now = clock.instant();
        return planning.create(
                new EventPlan(
                        EventType.TRAINING,
                        plan.title(),
                        plan.summary(),
                        "",
                        plan.challenges(),
                        plan.startsAt(),
                        plan.endsAt(),
                        plan.venueAddress(),
                        plan.venueAddress() == null ? null : plan.municipality(),
                        plan.onlineLink(),
                        null,
                        now.isBefore(plan.startsAt()) ? now : plan.startsAt().minusSeconds(3600),
                        plan.startsAt(),
                        plan.language(),
                        "",
                        EventPlan.DEFAULT_OFFER_HOURS,
                        Questions.none(),
                        EventPlan.DEFAULT_REMINDER_HOURS,
                        true),
                organiser);
    }

    @Override
    public void markPresent(long eventId, long personId, boolean present) {
        events.registrationOf(eventId, personId, null)
                .ifPresent(registration -> attendance.mark(eventId, registration.id(), present));
    }

    @Override
    public Set<Long> attended(long eventId) {
        return Set.copyOf(jdbc.sql("""
                        select person_id from events_registration
                        where event_id = ? and attended = true and status = ? and person_id is not null
                        """)
                .params(eventId, RegistrationStatus.CONFIRMED.name())
                .query(Long.class)
                .list());
    }

    private static EventSummary summary(Event event) {
        return new EventSummary(
                event.id(),
                event.plan().title(),
                event.plan().startsAt(),
                event.plan().endsAt(),
                event.plan().invitationOnly(),
                event.state() == Event.State.CANCELLED);
    }
}
