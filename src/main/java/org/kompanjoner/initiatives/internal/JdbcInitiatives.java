package org.kompanjoner.initiatives.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.kompanjoner.initiatives.InitiativeState;
import org.kompanjoner.initiatives.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Initiatives with their challenges, sectors, organisations and owners. */
@Repository
public class JdbcInitiatives {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcInitiatives(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(InitiativeContent content, InitiativeState state, List<Long> ownerIds) {
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into initiatives_initiative (name, summary, description, stage, municipality, latitude,
                  longitude, start_year, end_year, links, contact_person_id, contact_email, outcomes, people_reached,
                  jobs, volunteers, language, state, changed_since_review, created_at, updated_at, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)
                """)
                .params(contentColumns(content))
                .params(
                        state.name(),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        state == InitiativeState.PUBLISHED ? Timestamp.from(now) : null)
                .update(key, "id");
        long id = key.getKey().longValue();
        replaceLists(id, content);
        for (long ownerId : ownerIds) {
            addOwner(id, ownerId);
        }
        return id;
    }

    void update(long id, InitiativeContent content) {
        jdbc.sql("""
                update initiatives_initiative set name = ?, summary = ?, description = ?, stage = ?, municipality = ?,
                  latitude = ?, longitude = ?, start_year = ?, end_year = ?, links = ?, contact_person_id = ?,
                  contact_email = ?, outcomes = ?, people_reached = ?, jobs = ?, volunteers = ?, language = ?,
                  updated_at = ?
                where id = ?
                """)
                .params(contentColumns(content))
                .params(Timestamp.from(clock.instant()), id)
                .update();
        replaceLists(id, content);
    }

    private static List<Object> contentColumns(InitiativeContent content) {
        List<Object> columns = new ArrayList<>();
        columns.add(content.name());
        columns.add(content.summary());
        columns.add(content.description());
        columns.add(content.stage().name());
        columns.add(content.municipality());
        columns.add(content.point() == null ? null : content.point().latitude());
        columns.add(content.point() == null ? null : content.point().longitude());
        columns.add(content.startYear());
        columns.add(content.endYear());
        columns.add(String.join("\n", content.links()));
        columns.add(content.contactPersonId());
        columns.add(content.contactEmail());
        columns.add(content.outcomes());
        columns.add(content.peopleReached());
        columns.add(content.jobs());
        columns.add(content.volunteers());
        columns.add(content.language());
        return columns;
    }

    /**
     * Moves an entry from {@code from} to {@code to}, which also settles whether it waits for a
     * coordinator's look. False when it was no longer in {@code from} (someone else came first).
     */
    boolean changeState(long id, InitiativeState from, InitiativeState to) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update initiatives_initiative set state = ?, changed_since_review = false, updated_at = ?,
                          published_at = case when ? = 'PUBLISHED' and published_at is null then ? else published_at end
                        where id = ? and state = ?
                        """)
                        .params(to.name(), Timestamp.from(now), to.name(), Timestamp.from(now), id, from.name())
                        .update()
                == 1;
    }

    /** Flags a published entry for a coordinator's look, or clears the flag once they have looked. */
    void setChangedSinceReview(long id, boolean changed) {
        jdbc.sql("update initiatives_initiative set changed_since_review = ? where id = ?")
                .params(changed, id)
                .update();
    }

    void setVerified(long id, LocalDate on) {
        jdbc.sql("update initiatives_initiative set verified_on = ?, reminded_on = null where id = ?")
                .params(on == null ? null : Date.valueOf(on), id)
                .update();
    }

    void setReminded(long id, LocalDate on) {
        jdbc.sql("update initiatives_initiative set reminded_on = ? where id = ?")
                .params(Date.valueOf(on), id)
                .update();
    }

    /** Sets when an entry was created and published (demo data that should look lived-in). */
    void setDates(long id, Instant createdAt, Instant publishedAt) {
        jdbc.sql("update initiatives_initiative set created_at = ?, updated_at = ?, published_at = ? where id = ?")
                .params(
                        Timestamp.from(createdAt),
                        Timestamp.from(publishedAt == null ? createdAt : publishedAt),
                        publishedAt == null ? null : Timestamp.from(publishedAt),
                        id)
                .update();
    }

    void addOwner(long id, long personId) {
        if (ownerIds(id).contains(personId)) {
            return;
        }
        jdbc.sql("insert into initiatives_owner (initiative_id, person_id, added_at) values (?, ?, ?)")
                .params(id, personId, Timestamp.from(clock.instant()))
                .update();
    }

    boolean removeOwner(long id, long personId) {
        return jdbc.sql("delete from initiatives_owner where initiative_id = ? and person_id = ?")
                        .params(id, personId)
                        .update()
                == 1;
    }

    private List<Long> ownerIds(long id) {
        return jdbc.sql("select person_id from initiatives_owner where initiative_id = ? order by added_at, person_id")
                .param(id)
                .query(Long.class)
                .list();
    }

    public Optional<Initiative> byId(long id) {
        return load("select * from initiatives_initiative where id = ?", id).stream()
                .findFirst();
    }

    /** Locks the entry's row until the transaction ends and reads it afresh, so that decisions take turns. */
    Optional<Initiative> lockAndRead(long id) {
        jdbc.sql("select id from initiatives_initiative where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
        return byId(id);
    }

    /** The entries with these ids, in the order given (ids that do not exist are left out). */
    public List<Initiative> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Initiative> found = new HashMap<>();
        load("select * from initiatives_initiative where id in (" + joined(ids) + ")")
                .forEach(initiative -> found.put(initiative.id(), initiative));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Every entry a person keeps, in every state, the latest changed first. */
    public List<Initiative> ownedBy(long personId) {
        return load("""
                select i.* from initiatives_initiative i join initiatives_owner o on o.initiative_id = i.id
                where o.person_id = ? order by i.updated_at desc, i.id desc
                """, personId);
    }

    /** The published entries an organisation on the platform takes part in, by name. */
    public List<Initiative> publishedWith(long organisationId, int limit) {
        return load("""
                select * from initiatives_initiative where state = 'PUBLISHED' and id in
                  (select initiative_id from initiatives_organisation where organisation_id = ?)
                order by name, id fetch first ? rows only
                """, organisationId, limit);
    }

    /** Suggestions waiting, and published entries changed by an owner since a coordinator last looked. */
    List<Initiative> waitingForReview() {
        return load("""
                select * from initiatives_initiative
                where state = 'SUGGESTED' or (state = 'PUBLISHED' and changed_since_review = true)
                order by updated_at, id
                """);
    }

    /** Published entries last verified (or, never verified, published) before {@code cutoff}, longest ago first. */
    public List<Initiative> unverifiedSince(LocalDate cutoff) {
        return load("""
                select * from initiatives_initiative
                where state = 'PUBLISHED' and coalesce(verified_on, cast(published_at as date)) < ?
                order by coalesce(verified_on, cast(published_at as date)), id
                """, Date.valueOf(cutoff));
    }

    /**
     * The next {@code limit} entries by id after {@code afterId}, in every state: walking the primary key
     * keeps each page cheap however many there are (callers pick the published ones).
     */
    public List<Initiative> after(long afterId, int limit) {
        return load(
                "select * from initiatives_initiative where id > ? order by id fetch first ? rows only",
                afterId,
                limit);
    }

    public long count() {
        return jdbc.sql("select count(*) from initiatives_initiative")
                .query(Long.class)
                .single();
    }

    public long countPublished() {
        return jdbc.sql("select count(*) from initiatives_initiative where state = 'PUBLISHED'")
                .query(Long.class)
                .single();
    }

    /** The ids and last changes of published entries from position {@code offset} on, in id order (for the sitemap). */
    public void eachPublished(long offset, int limit, BiConsumer<Long, Instant> each) {
        jdbc.sql("""
                        select id, updated_at from initiatives_initiative where state = 'PUBLISHED'
                        order by id offset ? rows fetch next ? rows only
                        """).params(offset, limit).query((ResultSet rs) -> {
            each.accept(rs.getLong("id"), rs.getTimestamp("updated_at").toInstant());
        });
    }

    /** Where a published entry is drawn on the map: its point, or none (then its municipality's). */
    public record Placed(long id, String name, String stage, String municipality, Double latitude, Double longitude) {}

    /** The published entries with these ids, in the order given, with only what the map needs. */
    public List<Placed> placed(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Placed> found = new HashMap<>();
        jdbc.sql("select id, name, stage, municipality, latitude, longitude from initiatives_initiative"
                        + " where state = 'PUBLISHED' and id in (" + joined(ids) + ")")
                .query((rs, n) -> new Placed(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("stage"),
                        rs.getString("municipality"),
                        rs.getObject("latitude", Double.class),
                        rs.getObject("longitude", Double.class)))
                .list()
                .forEach(placed -> found.put(placed.id(), placed));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private void replaceLists(long id, InitiativeContent content) {
        jdbc.sql("delete from initiatives_challenge where initiative_id = ?")
                .param(id)
                .update();
        for (String challenge : content.challenges()) {
            jdbc.sql("insert into initiatives_challenge (initiative_id, challenge) values (?, ?)")
                    .params(id, challenge)
                    .update();
        }
        jdbc.sql("delete from initiatives_sector where initiative_id = ?")
                .param(id)
                .update();
        for (String sector : content.sectors()) {
            jdbc.sql("insert into initiatives_sector (initiative_id, sector) values (?, ?)")
                    .params(id, sector)
                    .update();
        }
        jdbc.sql("delete from initiatives_organisation where initiative_id = ?")
                .param(id)
                .update();
        int position = 0;
        for (InvolvedOrganisation organisation : content.organisations()) {
            jdbc.sql("""
                    insert into initiatives_organisation (initiative_id, position, organisation_id, name,
                      organisation_number) values (?, ?, ?, ?, ?)
                    """)
                    .params(
                            id,
                            position++,
                            organisation.organisationId(),
                            organisation.name(),
                            organisation.organisationNumber())
                    .update();
        }
    }

    /** Rows first, then the lists of all of them, so no query runs inside another's result set. */
    private List<Initiative> load(String sql, Object... params) {
        List<Row> rows =
                jdbc.sql(sql).params(params).query(JdbcInitiatives::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = rows.stream().map(row -> String.valueOf(row.id)).collect(Collectors.joining(","));
        Map<Long, List<String>> challenges = new HashMap<>();
        jdbc.sql("select initiative_id, challenge from initiatives_challenge where initiative_id in (" + ids + ")")
                .query((rs, n) -> challenges
                        .computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        Map<Long, List<String>> sectors = new HashMap<>();
        jdbc.sql("select initiative_id, sector from initiatives_sector where initiative_id in (" + ids
                        + ") order by sector")
                .query((rs, n) -> sectors.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        Map<Long, List<InvolvedOrganisation>> organisations = new HashMap<>();
        jdbc.sql("select * from initiatives_organisation where initiative_id in (" + ids + ") order by position")
                .query((rs, n) -> organisations
                        .computeIfAbsent(rs.getLong("initiative_id"), key -> new ArrayList<>())
                        .add(new InvolvedOrganisation(
                                rs.getObject("organisation_id", Long.class),
                                rs.getString("name"),
                                rs.getString("organisation_number"))))
                .list();
        Map<Long, List<Long>> owners = new HashMap<>();
        jdbc.sql("select initiative_id, person_id from initiatives_owner where initiative_id in (" + ids
                        + ") order by added_at, person_id")
                .query((rs, n) -> owners.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return rows.stream()
                .map(row -> row.initiative(
                        byNumber(challenges.getOrDefault(row.id, List.of())),
                        sectors.getOrDefault(row.id, List.of()),
                        organisations.getOrDefault(row.id, List.of()),
                        owners.getOrDefault(row.id, List.of())))
                .toList();
    }

    /** The goals in their own order (2 before 10), not as text. */
    private static List<String> byNumber(List<String> challenges) {
        return challenges.stream()
                .sorted(java.util.Comparator.comparingInt(
                        code -> code.chars().allMatch(Character::isDigit) ? Integer.parseInt(code) : 99))
                .toList();
    }

    private record Row(
            long id,
            String name,
            String summary,
            String description,
            Stage stage,
            String municipality,
            Double latitude,
            Double longitude,
            int startYear,
            Integer endYear,
            String links,
            Long contactPersonId,
            String contactEmail,
            String outcomes,
            Integer peopleReached,
            Integer jobs,
            Integer volunteers,
            String language,
            InitiativeState state,
            boolean changedSinceReview,
            LocalDate verifiedOn,
            LocalDate remindedOn,
            Instant createdAt,
            Instant updatedAt,
            Instant publishedAt) {

        Initiative initiative(
                List<String> challenges,
                List<String> sectors,
                List<InvolvedOrganisation> organisations,
                List<Long> owners) {
            return new Initiative(
                    id,
                    new InitiativeContent(
                            name,
                            summary,
                            description,
                            stage,
                            challenges,
                            sectors,
                            organisations,
                            municipality,
                            latitude == null || longitude == null ? null : new Point(latitude, longitude),
                            startYear,
                            endYear,
                            links == null || links.isBlank() ? List.of() : List.of(links.split("\n")),
                            contactPersonId,
                            contactEmail,
                            outcomes,
                            peopleReached,
                            jobs,
                            volunteers,
                            language),
                    state,
                    changedSinceReview,
                    verifiedOn,
                    remindedOn,
                    owners,
                    createdAt,
                    updatedAt,
                    publishedAt);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Date verified = rs.getDate("verified_on");
        Date reminded = rs.getDate("reminded_on");
        Timestamp published = rs.getTimestamp("published_at");
        return new Row(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("summary"),
                rs.getString("description"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("municipality"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                rs.getInt("start_year"),
                rs.getObject("end_year", Integer.class),
                rs.getString("links"),
                rs.getObject("contact_person_id", Long.class),
                rs.getString("contact_email"),
                rs.getString("outcomes"),
                rs.getObject("people_reached", Integer.class),
                rs.getObject("jobs", Integer.class),
                rs.getObject("volunteers", Integer.class),
                rs.getString("language"),
                InitiativeState.valueOf(rs.getString("state")),
                rs.getBoolean("changed_since_review"),
                verified == null ? null : verified.toLocalDate(),
                reminded == null ? null : reminded.toLocalDate(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                published == null ? null : published.toInstant());
    }
}
