package org.kompanjoner.knowledge.publications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The library's publications with their authors (in order) and challenges. */
@Repository
class Publications {

    private static final String COLUMNS = "id, kind, title, published_year, language, publisher, summary, link,"
            + " file_key, file_name, file_size, created_at, updated_at";

    /** What a publication says about itself, as the form gives it. */
    record Content(
            PublicationKind kind,
            String title,
            List<Author> authors,
            int year,
            String language,
            String publisher,
            List<String> challenges,
            String summary,
            String link) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Publications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(Content content, StoredFile file) {
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into knowledge_publication (kind, title, published_year, language, publisher, summary, link,
                  file_key, file_name, file_size, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        content.kind().name(),
                        content.title(),
                        content.year(),
                        content.language(),
                        content.publisher(),
                        content.summary(),
                        content.link(),
                        file == null ? null : file.key(),
                        file == null ? null : file.name(),
                        file == null ? null : file.size(),
                        now,
                        now)
                .update(key, "id");
        long id = key.getKey().longValue();
        replaceLists(id, content);
        return id;
    }

    /** The content anew; the file only when {@code file} is not null (a new upload). */
    void update(long id, Content content, StoredFile file) {
        jdbc.sql("""
                update knowledge_publication set kind = ?, title = ?, published_year = ?, language = ?, publisher = ?,
                  summary = ?, link = ?, updated_at = ? where id = ?
                """)
                .params(
                        content.kind().name(),
                        content.title(),
                        content.year(),
                        content.language(),
                        content.publisher(),
                        content.summary(),
                        content.link(),
                        Timestamp.from(clock.instant()),
                        id)
                .update();
        if (file != null) {
            jdbc.sql("update knowledge_publication set file_key = ?, file_name = ?, file_size = ? where id = ?")
                    .params(file.key(), file.name(), file.size(), id)
                    .update();
        }
        replaceLists(id, content);
    }

    void delete(long id) {
        jdbc.sql("delete from knowledge_publication where id = ?").param(id).update();
    }

    private void replaceLists(long id, Content content) {
        jdbc.sql("delete from knowledge_publication_author where publication_id = ?")
                .param(id)
                .update();
        for (int i = 0; i < content.authors().size(); i++) {
            Author author = content.authors().get(i);
            jdbc.sql("""
                    insert into knowledge_publication_author (publication_id, position, family_name, given_names)
                    values (?, ?, ?, ?)
                    """)
                    .params(id, i, author.familyName(), author.givenNames())
                    .update();
        }
        jdbc.sql("delete from knowledge_publication_challenge where publication_id = ?")
                .param(id)
                .update();
        for (String challenge : content.challenges().stream().distinct().toList()) {
            jdbc.sql("insert into knowledge_publication_challenge (publication_id, challenge) values (?, ?)")
                    .params(id, challenge)
                    .update();
        }
    }

    Optional<Publication> byId(long id) {
        return withLists(jdbc.sql("select " + COLUMNS + " from knowledge_publication where id = ?")
                        .param(id)
                        .query(Publications::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** Up to {@code count} publications with an id above {@code id}, by id. */
    List<Publication> after(long id, int count) {
        return withLists(jdbc.sql("select " + COLUMNS + " from knowledge_publication where id > ? order by id limit ?")
                .params(id, count)
                .query(Publications::row)
                .list());
    }

    /** The publications with {@code ids}, in that order (a search's order). */
    List<Publication> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, Publication> found = new HashMap<>();
        withLists(jdbc.sql("select " + COLUMNS + " from knowledge_publication where id in (" + in + ")")
                        .params(ids.toArray())
                        .query(Publications::row)
                        .list())
                .forEach(publication -> found.put(publication.id(), publication));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Newest first, for the staff list. */
    List<Publication> newest(int limit) {
        return withLists(jdbc.sql("select " + COLUMNS + " from knowledge_publication order by created_at desc, id desc"
                        + " limit ?")
                .param(limit)
                .query(Publications::row)
                .list());
    }

    long count() {
        return jdbc.sql("select count(*) from knowledge_publication")
                .query(Long.class)
                .single();
    }

    /** Ids and last changes from position {@code from} on, by id, for the sitemap. */
    void each(long from, int limit, BiConsumer<Long, Instant> each) {
        jdbc.sql("select id, updated_at from knowledge_publication order by id limit ? offset ?")
                .params(limit, from)
                .query(rs -> {
                    each.accept(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
    }

    private List<Publication> withLists(List<Publication> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(Publication::id).toList();
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, List<Author>> authors = new HashMap<>();
        jdbc.sql("select publication_id, family_name, given_names from knowledge_publication_author"
                        + " where publication_id in (" + in + ") order by publication_id, position")
                .params(ids.toArray())
                .query(rs -> {
                    authors.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Author(rs.getString(2), rs.getString(3)));
                });
        Map<Long, List<String>> challenges = new HashMap<>();
        jdbc.sql("select publication_id, challenge from knowledge_publication_challenge where publication_id in (" + in
                        + ")")
                .params(ids.toArray())
                .query(rs -> {
                    challenges
                            .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        // Challenges are numbers: 2 before 10.
        challenges
                .values()
                .forEach(list -> list.sort((a, b) -> a.matches("\\d+") && b.matches("\\d+")
                        ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b))
                        : a.compareTo(b)));
        return rows.stream()
                .map(row -> new Publication(
                        row.id(),
                        row.kind(),
                        row.title(),
                        List.copyOf(authors.getOrDefault(row.id(), List.of())),
                        row.year(),
                        row.language(),
                        row.publisher(),
                        List.copyOf(challenges.getOrDefault(row.id(), List.of())),
                        row.summary(),
                        row.link(),
                        row.file(),
                        row.createdAt(),
                        row.updatedAt()))
                .toList();
    }

    private static Publication row(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("file_key");
        return new Publication(
                rs.getLong("id"),
                PublicationKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                List.of(),
                rs.getInt("published_year"),
                rs.getString("language"),
                rs.getString("publisher"),
                List.of(),
                rs.getString("summary"),
                rs.getString("link"),
                key == null ? null : new StoredFile(key, rs.getString("file_name"), rs.getLong("file_size")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
