package org.kompanjoner.programmes.boards;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members who volunteer as advisers for the boards, and the sectors each knows from the inside. */
@Repository
class Advisers {

    private final JdbcClient jdbc;
    private final Clock clock;

    Advisers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isActive(long personId) {
        return jdbc.sql("select count(*) from programmes_board_adviser where person_id = ? and active = true")
                        .param(personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Volunteers {@code personId} (again) with {@code form}'s sectors and text. */
    void volunteer(long personId, AdviserForm form) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql(
                        "update programmes_board_adviser set active = true, about = ?, updated_at = ? where person_id = ?")
                .params(form.about().strip(), now, personId)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into programmes_board_adviser (person_id, active, about, updated_at) values (?, true, ?, ?)")
                    .params(personId, form.about().strip(), now)
                    .update();
        }
        jdbc.sql("delete from programmes_board_adviser_sector where person_id = ?")
                .param(personId)
                .update();
        for (String sector : form.sectors()) {
            jdbc.sql("insert into programmes_board_adviser_sector (person_id, sector) values (?, ?)")
                    .params(personId, sector)
                    .update();
        }
    }

    /** No longer offered for new panels; the panels they sit on keep them. True when they were volunteering. */
    boolean stop(long personId) {
        return jdbc.sql(
                                "update programmes_board_adviser set active = false, updated_at = ? where person_id = ? and active = true")
                        .params(Timestamp.from(clock.instant()), personId)
                        .update()
                > 0;
    }

    /** What {@code personId} volunteered with, active or not. */
    Optional<AdviserForm> profile(long personId) {
        return jdbc.sql("select about from programmes_board_adviser where person_id = ?")
                .param(personId)
                .query(String.class)
                .optional()
                .map(about -> new AdviserForm(sectors(List.of(personId)).getOrDefault(personId, List.of()), about));
    }

    /** Every active volunteer, oldest first. */
    List<Long> active() {
        return jdbc.sql("select person_id from programmes_board_adviser where active = true order by person_id")
                .query(Long.class)
                .list();
    }

    long countAll() {
        return jdbc.sql("select count(*) from programmes_board_adviser")
                .query(Long.class)
                .single();
    }

    /** The sectors (codes, in alphabetical order) of each of {@code personIds} that has any. */
    Map<Long, List<String>> sectors(List<Long> personIds) {
        Map<Long, List<String>> sectors = new HashMap<>();
        if (personIds.isEmpty()) {
            return sectors;
        }
        String in = String.join(",", Collections.nCopies(personIds.size(), "?"));
        jdbc.sql("select person_id, sector from programmes_board_adviser_sector where person_id in (" + in
                        + ") order by sector")
                .params(personIds.toArray())
                .query(rs -> {
                    sectors.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return sectors;
    }

    Map<Long, String> abouts(List<Long> personIds) {
        Map<Long, String> abouts = new HashMap<>();
        if (personIds.isEmpty()) {
            return abouts;
        }
        String in = String.join(",", Collections.nCopies(personIds.size(), "?"));
        jdbc.sql("select person_id, about from programmes_board_adviser where person_id in (" + in + ")")
                .params(personIds.toArray())
                .query(rs -> {
                    abouts.put(rs.getLong(1), rs.getString(2));
                });
        return abouts;
    }
}
