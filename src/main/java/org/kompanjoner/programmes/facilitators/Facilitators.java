package org.kompanjoner.programmes.facilitators;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facilitators, their profiles and the record of every grant and withdrawal. */
@Repository
class Facilitators {

    /** One grant or withdrawal; {@code changedBy} is null and {@code programmeId} set when a programme granted it. */
    record Change(long personId, boolean granted, String reason, Long changedBy, Long programmeId, Instant at) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Facilitators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isActive(long personId) {
        return jdbc.sql("select count(*) from programmes_facilitator where person_id = ? and active = true")
                        .param(personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long countActive() {
        return jdbc.sql("select count(*) from programmes_facilitator where active = true")
                .query(Long.class)
                .single();
    }

    long countAll() {
        return jdbc.sql("select count(*) from programmes_facilitator")
                .query(Long.class)
                .single();
    }

    /** Makes {@code personId} a facilitator again or for the first time; a kept profile stays as it was. */
    void activate(long personId) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update programmes_facilitator set active = true, updated_at = ? where person_id = ?")
                .params(now, personId)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into programmes_facilitator (person_id, active, granted_at, updated_at) values (?, true, ?, ?)")
                    .params(personId, now, now)
                    .update();
        }
    }

    /** Takes {@code personId} out of the directory; true when they were in it. */
    boolean deactivate(long personId) {
        return jdbc.sql(
                                "update programmes_facilitator set active = false, updated_at = ? where person_id = ? and active = true")
                        .params(Timestamp.from(clock.instant()), personId)
                        .update()
                > 0;
    }

    void recordChange(long personId, boolean granted, String reason, Long changedBy, Long programmeId) {
        jdbc.sql("""
                insert into programmes_facilitator_change (person_id, granted, reason, changed_by, programme_id, changed_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(personId, granted, reason, changedBy, programmeId, Timestamp.from(clock.instant()))
                .update();
    }

    /** Whether completing {@code programmeId} has already granted {@code personId} the status. */
    boolean grantedByProgramme(long programmeId, long personId) {
        return jdbc.sql("select count(*) from programmes_facilitator_change where programme_id = ? and person_id = ?")
                        .params(programmeId, personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Change> changes(long personId) {
        return jdbc.sql("""
                select person_id, granted, reason, changed_by, programme_id, changed_at
                from programmes_facilitator_change where person_id = ? order by changed_at desc, id desc
                """)
                .param(personId)
                .query((rs, row) -> new Change(
                        rs.getLong("person_id"),
                        rs.getBoolean("granted"),
                        rs.getString("reason"),
                        (Long) rs.getObject("changed_by", Long.class),
                        (Long) rs.getObject("programme_id", Long.class),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    void saveProfile(long personId, FacilitatorProfile profile) {
        jdbc.sql("""
                update programmes_facilitator set methods = ?, availability = ?, about = ?, updated_at = ?
                where person_id = ?
                """)
                .params(
                        profile.methods(),
                        profile.availability(),
                        profile.about(),
                        Timestamp.from(clock.instant()),
                        personId)
                .update();
        replace("programmes_facilitator_area", "challenge", personId, profile.areas());
        replace("programmes_facilitator_language", "language", personId, profile.languages());
        replace("programmes_facilitator_municipality", "municipality", personId, profile.municipalities());
    }

    private void replace(String table, String column, long personId, List<String> values) {
        jdbc.sql("delete from " + table + " where person_id = ?")
                .param(personId)
                .update();
        for (String value : values.stream().distinct().toList()) {
            jdbc.sql("insert into " + table + " (person_id, " + column + ") values (?, ?)")
                    .params(personId, value)
                    .update();
        }
    }

    Optional<FacilitatorProfile> profile(long personId) {
        return Optional.ofNullable(profiles(List.of(personId)).get(personId));
    }

    /** The profiles of {@code personIds}, in their order. */
    Map<Long, FacilitatorProfile> profiles(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        String in = String.join(",", Collections.nCopies(personIds.size(), "?"));
        Map<Long, List<String>> areas = values("programmes_facilitator_area", "challenge", in, personIds);
        Map<Long, List<String>> languages = values("programmes_facilitator_language", "language", in, personIds);
        Map<Long, List<String>> places = values("programmes_facilitator_municipality", "municipality", in, personIds);
        Map<Long, FacilitatorProfile> found = new HashMap<>();
        jdbc.sql("select person_id, methods, availability, about from programmes_facilitator where person_id in (" + in
                        + ")")
                .params(personIds.toArray())
                .query(rs -> {
                    long id = rs.getLong("person_id");
                    found.put(
                            id,
                            new FacilitatorProfile(
                                    areas.getOrDefault(id, List.of()),
                                    rs.getString("methods"),
                                    ordered(languages.getOrDefault(id, List.of())),
                                    places.getOrDefault(id, List.of()),
                                    rs.getString("availability"),
                                    rs.getString("about")));
                });
        Map<Long, FacilitatorProfile> inOrder = new LinkedHashMap<>();
        personIds.stream().filter(found::containsKey).forEach(id -> inOrder.put(id, found.get(id)));
        return inOrder;
    }

    /** Languages in the order of the fixed list, so that every card reads alike. */
    private static List<String> ordered(List<String> languages) {
        return SpokenLanguages.CODES.stream().filter(languages::contains).toList();
    }

    private Map<Long, List<String>> values(String table, String column, String in, List<Long> personIds) {
        Map<Long, List<String>> values = new HashMap<>();
        jdbc.sql("select person_id, " + column + " from " + table + " where person_id in (" + in + ") order by "
                        + column)
                .params(personIds.toArray())
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        // Challenges are numbers: 2 before 10.
        values.values()
                .forEach(list -> list.sort((a, b) -> a.matches("\\d+") && b.matches("\\d+")
                        ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b))
                        : a.compareTo(b)));
        return values;
    }

    /** The listed facilitators that match {@code query}, from {@code offset} on, at most {@code limit}. */
    List<Long> directory(DirectoryFilters query, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select f.person_id from programmes_facilitator f where " + where
                        + " order by f.person_id limit ? offset ?")
                .params(params)
                .query(Long.class)
                .list();
    }

    long count(DirectoryFilters query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return jdbc.sql("select count(*) from programmes_facilitator f where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(DirectoryFilters query, List<Object> params) {
        StringBuilder where = new StringBuilder("f.active = true");
        BiConsumer<String, String> facet = (table, column) -> where.append(" and exists (select 1 from ")
                .append(table)
                .append(" x where x.person_id = f.person_id and x.")
                .append(column)
                .append(" = ?)");
        if (!query.challenge().isEmpty()) {
            facet.accept("programmes_facilitator_area", "challenge");
            params.add(query.challenge());
        }
        if (!query.language().isEmpty()) {
            facet.accept("programmes_facilitator_language", "language");
            params.add(query.language());
        }
        if (!query.municipality().isEmpty()) {
            facet.accept("programmes_facilitator_municipality", "municipality");
            params.add(query.municipality());
        }
        return where.toString();
    }

    /** Every listed facilitator, for a coordinator to choose from. */
    List<Long> allActive() {
        return jdbc.sql("select person_id from programmes_facilitator where active = true order by person_id")
                .query(Long.class)
                .list();
    }
}
