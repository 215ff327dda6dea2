package org.kompanjoner.knowledge.talks;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every table of the inbox has alike (a status, an internal note, when it last changed) and the
 * changes made to it alike. A change of status is a conditional update on the status the coordinator
 * saw, so that two coordinators acting at once never both win, and the asker gets one mail.
 */
final class InboxTable {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;

    /** {@code table} is one of this package's own table names, never anything typed. */
    InboxTable(JdbcClient jdbc, Clock clock, String table) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
    }

    long count(Enum<?> status) {
        return jdbc.sql("select count(*) from " + table + " where status = ?")
                .param(status.name())
                .query(Long.class)
                .single();
    }

    long countAll() {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    void saveNote(long id, String note) {
        jdbc.sql("update " + table + " set note = ?, updated_at = ? where id = ?")
                .params(note, Timestamp.from(clock.instant()), id)
                .update();
    }

    /** To {@code next} if it still stands at {@code seen}; false when someone changed it meanwhile. */
    boolean move(long id, Enum<?> seen, Enum<?> next) {
        return jdbc.sql("update " + table + " set status = ?, updated_at = ? where id = ? and status = ?")
                        .params(next.name(), Timestamp.from(clock.instant()), id, seen.name())
                        .update()
                > 0;
    }
}
