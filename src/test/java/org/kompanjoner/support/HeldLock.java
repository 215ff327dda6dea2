package org.kompanjoner.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job's lock in the {@code shedlock} table, held by another node until this is closed: while it is
 * held, the job does not run on this node.
 */
public final class HeldLock implements AutoCloseable {

    private final JdbcClient jdbc;
    private final String name;

    private HeldLock(JdbcClient jdbc, String name) {
        this.jdbc = jdbc;
        this.name = name;
    }

    public static HeldLock byAnotherNode(JdbcClient jdbc, String name) {
        int taken = jdbc.sql("""
                        update shedlock set lock_until = timestamp '2999-01-01 00:00:00',
                          locked_at = timestamp '2026-01-01 00:00:00', locked_by = 'another node'
                        where name = ?
                        """).param(name).update();
        if (taken == 0) {
            jdbc.sql("""
                    insert into shedlock (name, lock_until, locked_at, locked_by)
                    values (?, timestamp '2999-01-01 00:00:00', timestamp '2026-01-01 00:00:00', 'another node')
                    """).param(name).update();
        }
        return new HeldLock(jdbc, name);
    }

    /** Released as a node releases a lock: the row stays (ShedLock remembers making it), its time is up. */
    @Override
    public void close() {
        jdbc.sql("update shedlock set lock_until = timestamp '2000-01-01 00:00:00' where name = ?")
                .param(name)
                .update();
    }
}
