package org.kompanjoner.initiatives.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kompanjoner.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections anyone suggests to a published entry. They do not go to the review queue: a correction is
 * not a decision on the entry but something for those who keep it current to read and act on. The
 * owners are told at once (a notice, and a mail that points to the entry rather than carrying a
 * stranger's text), and coordinators see every open correction on their page of entries to verify, so
 * that an entry whose owners have gone quiet is not forgotten.
 */
@Service
public class Corrections {

    public static final int MAX_TEXT = 2000;

    public record Correction(long id, long initiativeId, String text, Long senderId, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final JdbcInitiatives initiatives;
    private final OwnerMessages owners;
    private final Clock clock;

    Corrections(JdbcClient jdbc, JdbcInitiatives initiatives, OwnerMessages owners, Clock clock) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.owners = owners;
        this.clock = clock;
    }

    @Transactional
    public void suggest(long initiativeId, String text, Long senderId) {
        Initiative initiative = initiatives
                .byId(initiativeId)
                .filter(Initiative::published)
                .orElseThrow(() -> new IllegalArgumentException("Only a published initiative takes corrections"));
        jdbc.sql("""
                insert into initiatives_correction (initiative_id, text, sender_id, created_at) values (?, ?, ?, ?)
                """)
                .params(initiativeId, text, senderId, Timestamp.from(clock.instant()))
                .update();
        owners.tell(initiative, "initiatives.mail.correction.subject", "initiatives.mail.correction.body", null);
    }

    public List<Correction> open(long initiativeId) {
        return jdbc.sql("""
                        select * from initiatives_correction where initiative_id = ? and resolved_at is null
                        order by created_at, id
                        """).param(initiativeId).query(Corrections::row).list();
    }

    /** Every open correction, oldest first, for coordinators. */
    public List<Correction> allOpen(int limit) {
        return jdbc.sql("""
                        select * from initiatives_correction where resolved_at is null
                        order by created_at, id fetch first ? rows only
                        """).param(limit).query(Corrections::row).list();
    }

    /** Marks a correction of the entry dealt with: by an owner of the entry, or by a coordinator. */
    @Transactional
    public void resolve(long initiativeId, long correctionId, long personId, boolean coordinator) {
        Optional<Correction> correction = jdbc.sql("select * from initiatives_correction where id = ?")
                .param(correctionId)
                .query(Corrections::row)
                .optional()
                .filter(found -> found.initiativeId() == initiativeId);
        if (correction.isEmpty()) {
            throw Refused.notFound();
        }
        boolean owner = initiatives
                .byId(correction.get().initiativeId())
                .map(initiative -> initiative.ownedBy(personId))
                .orElse(false);
        if (!owner && !coordinator) {
            throw Refused.notYours("Only the entry's owners and coordinators deal with corrections");
        }
        jdbc.sql("""
                update initiatives_correction set resolved_at = ?, resolved_by = ? where id = ? and resolved_at is null
                """)
                .params(Timestamp.from(clock.instant()), personId, correctionId)
                .update();
    }

    private static Correction row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Correction(
                rs.getLong("id"),
                rs.getLong("initiative_id"),
                rs.getString("text"),
                rs.getObject("sender_id", Long.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
