package org.kompanjoner.events.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kompanjoner.events.EventSummary;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.events.Sessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Events for other modules to build on: see {@link Sessions}. */
@Service
class EventSessions implements Sessions {

    private final JdbcEvents events;
    private final Registrations registrations;
    private final JdbcClient jdbc;
    private final Clock clock;

    EventSessions(JdbcEvents events, Registrations registrations, JdbcClient jdbc, Clock clock) {
        this.events = events;
        this.registrations = registrations;
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
    public void seat(long eventId, long personId) {
        registrations.seatInvited(eventId, personId);
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
