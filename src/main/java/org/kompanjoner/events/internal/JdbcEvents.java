package org.kompanjoner.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.kompanjoner.events.EventType;
import org.kompanjoner.events.RegistrationStatus;
import org.kompanjoner.shared.SecretToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Events with their challenges, and their registrations. */
@Repository
public class JdbcEvents {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(EventPlan plan, long createdBy) {
        Timestamp now = Timestamp.from(clock.instant());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into events_event (type, title, summary, programme, starts_at, ends_at, venue_address,
                  municipality, online_link, capacity, registration_opens_at, registration_closes_at, language,
                  accessibility, offer_hours, asked_questions, free_questions, reminder_hours, invitation_only, state,
                  created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)
                """).params(planColumns(plan)).params(createdBy, now, now).update(key, "id");
        long id = key.getKey().longValue();
        replaceChallenges(id, plan);
        return id;
    }

    public Optional<Event> byId(long id) {
        return read("select * from events_event where id = ?", id);
    }

    /**
     * The event, its row locked until the transaction ends: whoever gives or frees one of its seats holds
     * this lock, on every node, so two registrations can never take the last seat twice.
     */
    Optional<Event> lock(long id) {
        return read("select * from events_event where id = ? for update", id);
    }

    void update(long id, EventPlan plan) {
        jdbc.sql("""
                update events_event set type = ?, title = ?, summary = ?, programme = ?, starts_at = ?, ends_at = ?,
                  venue_address = ?, municipality = ?, online_link = ?, capacity = ?, registration_opens_at = ?,
                  registration_closes_at = ?, language = ?, accessibility = ?, offer_hours = ?, asked_questions = ?,
                  free_questions = ?, reminder_hours = ?, invitation_only = ?, updated_at = ?
                where id = ?
                """)
                .params(planColumns(plan))
                .params(Timestamp.from(clock.instant()), id)
                .update();
        replaceChallenges(id, plan);
    }

    /** The plan's columns, in the order both the insert and the update name them. */
    private static List<Object> planColumns(EventPlan plan) {
        return Arrays.asList(
                plan.type().name(),
                plan.title(),
                plan.summary(),
                plan.programme(),
                Timestamp.from(plan.startsAt()),
                Timestamp.from(plan.endsAt()),
                plan.venueAddress(),
                plan.municipality(),
                plan.onlineLink(),
                plan.capacity(),
                Timestamp.from(plan.registrationOpensAt()),
                Timestamp.from(plan.registrationClosesAt()),
                plan.language(),
                plan.accessibility(),
                plan.offerHours(),
                plan.questions().askedColumn(),
                plan.questions().freeColumn(),
                plan.reminderColumn(),
                plan.invitationOnly());
    }

    private void replaceChallenges(long id, EventPlan plan) {
        jdbc.sql("delete from events_challenge where event_id = ?").param(id).update();
        for (String challenge : plan.challenges()) {
            jdbc.sql("insert into events_challenge (event_id, challenge) values (?, ?)")
                    .params(id, challenge)
                    .update();
        }
    }

    void setState(long id, Event.State state) {
        jdbc.sql("update events_event set state = ?, updated_at = ? where id = ?")
                .params(state.name(), Timestamp.from(clock.instant()), id)
                .update();
    }

    private Optional<Event> read(String sql, long id) {
        return jdbc.sql(sql)
                .param(id)
                .query(JdbcEvents::event)
                .optional()
                .map(found -> withChallenges(
                        found,
                        jdbc.sql("select challenge from events_challenge where event_id = ? order by challenge")
                                .param(found.id())
                                .query(String.class)
                                .list()));
    }

    private static Event withChallenges(Event found, List<String> challenges) {
        return new Event(found.id(), found.plan().withChallenges(challenges), found.state(), found.createdBy());
    }

    private static Event event(ResultSet row, int number) throws SQLException {
        Integer capacity = row.getObject("capacity") == null ? null : row.getInt("capacity");
        return new Event(
                row.getLong("id"),
                new EventPlan(
                        EventType.valueOf(row.getString("type")),
                        row.getString("title"),
                        row.getString("summary"),
                        row.getString("programme"),
                        List.of(),
                        instant(row, "starts_at"),
                        instant(row, "ends_at"),
                        row.getString("venue_address"),
                        row.getString("municipality"),
                        row.getString("online_link"),
                        capacity,
                        instant(row, "registration_opens_at"),
                        instant(row, "registration_closes_at"),
                        row.getString("language"),
                        row.getString("accessibility"),
                        row.getInt("offer_hours"),
                        Questions.fromColumns(row.getString("asked_questions"), row.getString("free_questions")),
                        EventPlan.reminderHours(row.getString("reminder_hours")),
                        row.getBoolean("invitation_only")),
                Event.State.valueOf(row.getString("state")),
                row.getLong("created_by"));
    }

    /** What a visitor narrows the calendar by; every value optional. {@code mode} is ONLINE or ON_SITE. */
    public record CalendarQuery(String type, String challenge, String municipality, String mode, String language) {}

    /**
     * Events that take place, upcoming (not yet ended, soonest first) or past (latest first), narrowed by
     * {@code query}.
     */
    public List<Event> calendar(CalendarQuery query, Instant now, boolean upcoming, int limit) {
        // The ids first, from the calendar index; then the rows of those shown (see the migration).
        StringBuilder sql = new StringBuilder(
                "select e.id from events_event e where e.state = 'PUBLISHED' and e.invitation_only = false");
        List<Object> params = new ArrayList<>();
        sql.append(upcoming ? " and e.ends_at >= ?" : " and e.ends_at < ?");
        params.add(Timestamp.from(now));
        if (present(query.type())) {
            sql.append(" and e.type = ?");
            params.add(query.type());
        }
        if (present(query.challenge())) {
            sql.append(" and e.id in (select c.event_id from events_challenge c where c.challenge = ?)");
            params.add(query.challenge());
        }
        if (present(query.municipality())) {
            sql.append(" and e.municipality = ?");
            params.add(query.municipality());
        }
        if ("ONLINE".equals(query.mode())) {
            sql.append(" and e.online_link is not null");
        } else if ("ON_SITE".equals(query.mode())) {
            sql.append(" and e.venue_address is not null");
        }
        if (present(query.language())) {
            sql.append(" and e.language = ?");
            params.add(query.language());
        }
        sql.append(upcoming ? " order by e.starts_at, e.id" : " order by e.starts_at desc, e.id desc");
        sql.append(" fetch first ? rows only");
        params.add(limit);
        List<Long> ids =
                jdbc.sql(sql.toString()).params(params).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Event> byId = new HashMap<>();
        jdbc.sql("select * from events_event where id in (:ids)")
                .param("ids", ids)
                .query(JdbcEvents::event)
                .list()
                .forEach(event -> byId.put(event.id(), event));
        return withChallenges(ids.stream().map(byId::get).toList());
    }

    /** The events with their challenges, read for all of them in one query. */
    private List<Event> withChallenges(List<Event> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<String>> challenges = new HashMap<>();
        jdbc.sql("select event_id, challenge from events_challenge where event_id in (:ids) order by challenge")
                .param("ids", found.stream().map(Event::id).toList())
                .query((row, number) -> challenges
                        .computeIfAbsent(row.getLong("event_id"), id -> new ArrayList<>())
                        .add(row.getString("challenge")))
                .list();
        return found.stream()
                .map(event -> withChallenges(event, challenges.getOrDefault(event.id(), List.of())))
                .toList();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Whether {@code personId} organises the event: its creator, or someone named as organiser. */
    public boolean organises(long eventId, long personId) {
        return jdbc.sql("""
                        select count(*) from events_event e where e.id = ? and (e.created_by = ?
                          or exists (select 1 from events_organiser o where o.event_id = e.id and o.person_id = ?))
                        """)
                        .params(eventId, personId, personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Every event, latest first, for the organisers' overview. */
    public List<Event> all(int limit) {
        return jdbc
                .sql("select * from events_event order by starts_at desc, id desc fetch first ? rows only")
                .param(limit)
                .query(JdbcEvents::event)
                .list()
                .stream()
                .map(event -> byId(event.id()).orElseThrow())
                .toList();
    }

    /** How many registrations of each status the event has. */
    public Map<RegistrationStatus, Integer> counts(long eventId) {
        Map<RegistrationStatus, Integer> counts = new EnumMap<>(RegistrationStatus.class);
        jdbc.sql("select status, count(*) as n from events_registration where event_id = ? group by status")
                .param(eventId)
                .query((row, number) ->
                        counts.put(RegistrationStatus.valueOf(row.getString("status")), row.getInt("n")))
                .list();
        return counts;
    }

    /**
     * Marks one person with a seat present or not, at the door; false when the registration is not one
     * with a seat at this event.
     */
    boolean markAttended(long eventId, long registrationId, boolean present) {
        return jdbc.sql("update events_registration set attended = ? where id = ? and event_id = ? and status = ?")
                        .params(present, registrationId, eventId, RegistrationStatus.CONFIRMED.name())
                        .update()
                == 1;
    }

    long countAll() {
        return jdbc.sql("select count(*) from events_event").query(Long.class).single();
    }

    public long countPublished() {
        return jdbc.sql("select count(*) from events_event where state = 'PUBLISHED' and invitation_only = false")
                .query(Long.class)
                .single();
    }

    /** Each published event's id and last change, from position {@code from} on, for the sitemap. */
    public void eachPublished(long from, int limit, BiConsumer<Long, Instant> each) {
        jdbc.sql("""
                        select id, updated_at from events_event where state = 'PUBLISHED' and invitation_only = false
                        order by id offset ? rows fetch first ? rows only
                        """)
                .params(from, limit)
                .query((row, number) -> {
                    each.accept(row.getLong("id"), instant(row, "updated_at"));
                    return null;
                })
                .list();
    }

    /** A member's registrations that still count, with their events, soonest first. */
    public List<Registration> registrationsOf(long personId) {
        return jdbc.sql("""
                        select r.* from events_registration r join events_event e on e.id = r.event_id
                        where r.person_id = ? and r.status not in ('CANCELLED', 'LAPSED')
                        order by e.starts_at desc
                        """).param(personId).query(JdbcEvents::registration).list();
    }

    /** The seats taken now: what a page shows as left. */
    public int seatsTakenNow(long eventId) {
        return seatsTaken(eventId, clock.instant().minus(Registrations.GUEST_HOLD));
    }

    // Registrations

    public Optional<Registration> registration(long id) {
        return jdbc.sql("select * from events_registration where id = ?")
                .param(id)
                .query(JdbcEvents::registration)
                .optional();
    }

    public Optional<Registration> registrationOf(long eventId, Long personId, String guestEmail) {
        return personId != null
                ? jdbc.sql("select * from events_registration where event_id = ? and person_id = ?")
                        .params(eventId, personId)
                        .query(JdbcEvents::registration)
                        .optional()
                : jdbc.sql("select * from events_registration where event_id = ? and guest_email = ?")
                        .params(eventId, guestEmail)
                        .query(JdbcEvents::registration)
                        .optional();
    }

    public List<Registration> registrations(long eventId) {
        return jdbc.sql("""
                        select * from events_registration where event_id = ?
                        order by case when waiting_position is null then 0 else 1 end, waiting_position, id
                        """).param(eventId).query(JdbcEvents::registration).list();
    }

    /**
     * The seats taken at {@code now}: confirmed, offered and not yet lapsed or passed on, and guests'
     * seats while they have a day to confirm their address.
     */
    int seatsTaken(long eventId, Instant unconfirmedSince) {
        return jdbc.sql("""
                        select count(*) from events_registration where event_id = ?
                        and (status in ('CONFIRMED', 'OFFERED') or (status = 'UNCONFIRMED' and created_at > ?))
                        """)
                .params(eventId, Timestamp.from(unconfirmedSince))
                .query(Integer.class)
                .single();
    }

    int nextWaitingPosition(long eventId) {
        return jdbc.sql("select coalesce(max(waiting_position), 0) + 1 from events_registration where event_id = ?")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    /** The first in line whose address is confirmed: the next to be offered a seat. */
    Optional<Registration> firstWaiting(long eventId) {
        return jdbc.sql("""
                        select * from events_registration
                        where event_id = ? and status = 'WAITING' and address_confirmed
                        order by waiting_position fetch first 1 rows only
                        """).param(eventId).query(JdbcEvents::registration).optional();
    }

    long insertRegistration(
            long eventId,
            Long personId,
            String guestEmail,
            String guestName,
            RegistrationStatus status,
            Integer waitingPosition,
            String cancelTokenHash) {
        Timestamp now = Timestamp.from(clock.instant());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into events_registration (event_id, person_id, guest_email, guest_name, status,
                  waiting_position, address_confirmed, cancel_token_hash, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        eventId,
                        personId,
                        guestEmail,
                        guestName,
                        status.name(),
                        waitingPosition,
                        personId != null,
                        cancelTokenHash,
                        now,
                        now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A cancelled or lapsed registration taken up again: it starts over, at the end of the line if any. */
    void restart(long id, RegistrationStatus status, Integer waitingPosition, String cancelTokenHash) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                update events_registration set status = ?, waiting_position = ?, offered_until = null,
                  cancel_token_hash = ?, created_at = ?, updated_at = ?
                where id = ?
                """)
                .params(status.name(), waitingPosition, cancelTokenHash, now, now, id)
                .update();
    }

    void setConfirmToken(long id, String hash) {
        jdbc.sql("update events_registration set confirm_token_hash = ? where id = ?")
                .params(hash, id)
                .update();
    }

    void setCancelToken(long id, String hash) {
        jdbc.sql("update events_registration set cancel_token_hash = ? where id = ?")
                .params(hash, id)
                .update();
    }

    /** The guest's registration a confirmation link was mailed for. */
    public Optional<Registration> registrationByConfirmToken(String token) {
        return jdbc.sql("select * from events_registration where confirm_token_hash = ?")
                .param(SecretToken.hashOf(token))
                .query(JdbcEvents::registration)
                .optional();
    }

    /** The registration a cancellation link was mailed for. */
    public Optional<Registration> registrationByCancelToken(String token) {
        return jdbc.sql("select * from events_registration where cancel_token_hash = ?")
                .param(SecretToken.hashOf(token))
                .query(JdbcEvents::registration)
                .optional();
    }

    void setStatus(long id, RegistrationStatus status, Instant offeredUntil) {
        jdbc.sql("update events_registration set status = ?, offered_until = ?, updated_at = ? where id = ?")
                .params(
                        status.name(),
                        offeredUntil == null ? null : Timestamp.from(offeredUntil),
                        Timestamp.from(clock.instant()),
                        id)
                .update();
    }

    void confirmAddress(long id) {
        jdbc.sql("update events_registration set address_confirmed = true, updated_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    /** Events with an offer whose time ran out, or a guest's seat held longer than a day unconfirmed. */
    List<Long> eventsWithLapsedHolds(Instant now, Instant unconfirmedSince) {
        return jdbc.sql("""
                        select distinct event_id from events_registration
                        where (status = 'OFFERED' and offered_until <= ?)
                           or (status = 'UNCONFIRMED' and created_at <= ?)
                        """)
                .params(Timestamp.from(now), Timestamp.from(unconfirmedSince))
                .query(Long.class)
                .list();
    }

    /** Ends the lapsed holds of one event (under its lock); returns how many. */
    int endLapsedHolds(long eventId, Instant now, Instant unconfirmedSince) {
        Timestamp at = Timestamp.from(now);
        int offers = jdbc.sql("""
                        update events_registration set status = 'LAPSED', updated_at = ?
                        where event_id = ? and status = 'OFFERED' and offered_until <= ?
                        """).params(at, eventId, at).update();
        int guests = jdbc.sql("""
                        update events_registration set status = 'LAPSED', updated_at = ?
                        where event_id = ? and status = 'UNCONFIRMED' and created_at <= ?
                        """)
                .params(at, eventId, Timestamp.from(unconfirmedSince))
                .update();
        return offers + guests;
    }

    private static Registration registration(ResultSet row, int number) throws SQLException {
        Long personId = row.getObject("person_id") == null ? null : row.getLong("person_id");
        Integer position = row.getObject("waiting_position") == null ? null : row.getInt("waiting_position");
        return new Registration(
                row.getLong("id"),
                row.getLong("event_id"),
                personId,
                row.getString("guest_email"),
                row.getString("guest_name"),
                RegistrationStatus.valueOf(row.getString("status")),
                position,
                instant(row, "offered_until"),
                row.getBoolean("address_confirmed"),
                row.getBoolean("attended"),
                instant(row, "created_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
