package org.kompanjoner.events.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kompanjoner.shared.FileKinds;
import org.kompanjoner.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an event leaves behind for anyone to read: links, and files (slides, reports, pictures) checked
 * by their content and size when they come in. The first added after the event tells those who had a
 * seat (see {@link FollowUp}).
 */
@Service
public class Materials {

    /** The largest file taken: slides with pictures fit; films belong on a video service, as a link. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final int MAX_TITLE = 200;

    /** One material: a link, or a file of {@code sizeBytes} bytes. */
    public record Material(
            long id,
            long eventId,
            String title,
            String link,
            String fileName,
            String contentType,
            Integer sizeBytes,
            Instant addedAt) {

        public boolean file() {
            return link == null;
        }
    }

    /** A file's name and content, to be sent as it was uploaded. */
    public record Download(String fileName, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final JdbcEvents events;
    private final FollowUp followUp;
    private final Clock clock;

    Materials(JdbcClient jdbc, JdbcEvents events, FollowUp followUp, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.followUp = followUp;
        this.clock = clock;
    }

    public List<Material> of(long eventId) {
        return jdbc.sql("""
                        select id, event_id, title, link, file_name, content_type, size_bytes, added_at
                        from events_material where event_id = ? order by id
                        """)
                .param(eventId)
                .query((row, number) -> new Material(
                        row.getLong("id"),
                        row.getLong("event_id"),
                        row.getString("title"),
                        row.getString("link"),
                        row.getString("file_name"),
                        row.getString("content_type"),
                        (Integer) row.getObject("size_bytes", Integer.class),
                        row.getTimestamp("added_at").toInstant()))
                .list();
    }

    public Optional<Download> download(long eventId, long materialId) {
        return jdbc.sql("""
                        select file_name, content_type, content from events_material
                        where id = ? and event_id = ? and content is not null
                        """)
                .params(materialId, eventId)
                .query((row, number) -> new Download(
                        row.getString("file_name"), row.getString("content_type"), row.getBytes("content")))
                .optional();
    }

    @Transactional
    public long addLink(long eventId, String title, String link, long addedBy) {
        return add(eventId, title, link, null, null, null, addedBy);
    }

    /**
     * Keeps the file when its content is of a kind its name says and it is no larger than
     * {@link #MAX_BYTES}; otherwise refuses it and keeps nothing.
     */
    @Transactional
    public long addFile(long eventId, String title, String fileName, byte[] content, long addedBy) {
        if (content.length > MAX_BYTES) {
            throw new Refused("events.material.file.too-large");
        }
        FileKinds.Kind kind =
                FileKinds.of(fileName, content).orElseThrow(() -> new Refused("events.material.file.kind"));
        return add(eventId, title, null, fileName, kind.mediaType(), content, addedBy);
    }

    private long add(
            long eventId,
            String title,
            String link,
            String fileName,
            String contentType,
            byte[] content,
            long addedBy) {
        Event event = events.lock(eventId).orElseThrow(Refused::notFound);
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into events_material (event_id, title, link, file_name, content_type, size_bytes,
                          content, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        eventId,
                        title,
                        link,
                        fileName,
                        contentType,
                        content == null ? null : content.length,
                        content,
                        addedBy,
                        Timestamp.from(now))
                .update(key, "id");
        if (event.plan().endsAt().isBefore(now)) {
            followUp.tellOnce(event);
        }
        return key.getKey().longValue();
    }

    @Transactional
    public void remove(long eventId, long materialId) {
        if (jdbc.sql("delete from events_material where id = ? and event_id = ?")
                        .params(materialId, eventId)
                        .update()
                == 0) {
            throw Refused.notFound();
        }
    }
}
