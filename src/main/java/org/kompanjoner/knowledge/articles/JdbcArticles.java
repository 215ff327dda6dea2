package org.kompanjoner.knowledge.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.kompanjoner.shared.Translated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The articles' tables: the articles, their translations, covers, versions and pages' old slugs. */
@Repository
class JdbcArticles {

    private static final String COLUMNS = """
            a.id, a.kind, a.slug, a.original_language, a.title, a.summary, a.body, a.challenges, a.author_name,
            a.draft, a.publish_at, a.in_navigation, a.cover_alt, a.cover_version, a.written_by, a.updated_at,
            (select count(*) from knowledge_article_cover c where c.article_id = a.id) as covers
            """;

    /** What is public at a moment: published, and its time has come. */
    private static final String PUBLIC = " a.draft = false and a.publish_at <= :now ";

    /** A version of an article's text as it was saved. */
    record Version(long id, String language, ArticleText text, long savedBy, Instant savedAt) {}

    /** A cover as it is served: its type and the bytes of one size. */
    record CoverImage(String contentType, byte[] content) {}

    private final JdbcClient jdbc;

    JdbcArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ArticleDraft draft, long writtenBy, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into knowledge_article (kind, slug, original_language, title, summary, body, challenges,
                          author_name, draft, publish_at, in_navigation, cover_alt, written_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        draft.kind().name(),
                        draft.slug(),
                        draft.language(),
                        draft.text().title(),
                        draft.text().summary(),
                        draft.text().body(),
                        String.join(";", draft.challenges()),
                        draft.authorName(),
                        draft.draft(),
                        Timestamp.from(draft.publishAt()),
                        draft.inNavigation(),
                        draft.coverAlt(),
                        writtenBy,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void update(long id, ArticleDraft draft, Instant now) {
        jdbc.sql("""
                        update knowledge_article set slug = ?, original_language = ?, title = ?, summary = ?, body = ?,
                          challenges = ?, author_name = ?, draft = ?, publish_at = ?, in_navigation = ?, cover_alt = ?,
                          updated_at = ?
                        where id = ?
                        """)
                .params(
                        draft.slug(),
                        draft.language(),
                        draft.text().title(),
                        draft.text().summary(),
                        draft.text().body(),
                        String.join(";", draft.challenges()),
                        draft.authorName(),
                        draft.draft(),
                        Timestamp.from(draft.publishAt()),
                        draft.inNavigation(),
                        draft.coverAlt(),
                        Timestamp.from(now),
                        id)
                .update();
    }

    /** Takes the row's lock, so that two saves of one article follow each other. */
    boolean lock(long id) {
        return jdbc.sql("select id from knowledge_article where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    Optional<Article> find(long id) {
        return one("select " + COLUMNS + " from knowledge_article a where a.id = :id", Map.of("id", id));
    }

    Optional<Article> findBySlug(String slug) {
        return one("select " + COLUMNS + " from knowledge_article a where a.slug = :slug", Map.of("slug", slug));
    }

    /** The page that had {@code slug} before it was renamed. */
    Optional<Long> formerOwnerOf(String slug) {
        return jdbc.sql("select article_id from knowledge_page_old_slug where slug = ?")
                .param(slug)
                .query(Long.class)
                .optional();
    }

    boolean slugTaken(String slug, Long exceptId) {
        return jdbc.sql("select count(*) from knowledge_article where slug = ? and id <> ?")
                        .params(slug, exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Remembers a page's earlier slug; a slug taken back by its page or by another is forgotten. */
    void renamed(long id, String oldSlug, String newSlug) {
        jdbc.sql("delete from knowledge_page_old_slug where slug in (?, ?)")
                .params(oldSlug, newSlug)
                .update();
        jdbc.sql("insert into knowledge_page_old_slug (slug, article_id) values (?, ?)")
                .params(oldSlug, id)
                .update();
    }

    /** One page of the public news, newest first. */
    List<Article> publicNews(Instant now, int offset, int limit) {
        return many(
                "select " + COLUMNS + " from knowledge_article a where a.kind = 'NEWS' and" + PUBLIC
                        + "order by a.publish_at desc, a.id desc offset :offset rows fetch next :limit rows only",
                Map.of("now", Timestamp.from(now), "offset", offset, "limit", limit));
    }

    long countPublicNews(Instant now) {
        return jdbc.sql("select count(*) from knowledge_article a where a.kind = 'NEWS' and" + PUBLIC)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** The public pages, by title; those in the navigation only when {@code navigationOnly}. */
    List<Article> publicPages(Instant now, boolean navigationOnly) {
        return many(
                "select " + COLUMNS + " from knowledge_article a where a.kind = 'PAGE' and" + PUBLIC
                        + (navigationOnly ? "and a.in_navigation = true " : "") + "order by a.id",
                Map.of("now", Timestamp.from(now)));
    }

    /** The articles with these ids that are public, in the order of the ids given. */
    List<Article> publicAmong(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> found = new HashMap<>();
        for (Article article : many(
                "select " + COLUMNS + " from knowledge_article a where a.id in (:ids) and" + PUBLIC,
                Map.of("ids", ids, "now", Timestamp.from(now)))) {
            found.put(article.id(), article);
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every article and page for coordinators, newest change first. */
    List<Article> all() {
        return many("select " + COLUMNS + " from knowledge_article a order by a.updated_at desc, a.id desc", Map.of());
    }

    List<Article> after(long id, int count) {
        return many(
                "select " + COLUMNS
                        + " from knowledge_article a where a.id > :id order by a.id fetch next :count rows only",
                Map.of("id", id, "count", count));
    }

    long countPublic(Instant now) {
        return jdbc.sql("select count(*) from knowledge_article a where" + PUBLIC)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from knowledge_article")
                .query(Long.class)
                .single();
    }

    /** The public articles in a stable order (pages, then news by id), from {@code from}, at most {@code limit}. */
    void eachPublic(Instant now, long from, int limit, BiConsumer<Article, Instant> each) {
        for (Article article : many(
                "select " + COLUMNS + " from knowledge_article a where" + PUBLIC
                        + "order by a.id offset :from rows fetch next :limit rows only",
                Map.of("now", Timestamp.from(now), "from", from, "limit", limit))) {
            each.accept(article, article.updatedAt());
        }
    }

    /** Published articles whose time has come and that have not yet been made public. */
    List<Long> dueUnannounced(Instant now) {
        return jdbc.sql("select a.id from knowledge_article a where" + PUBLIC + "and a.announced_at is null")
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    /** Marks the article as made public; false when another node or request already did. */
    boolean announce(long id, Instant now) {
        return jdbc.sql("update knowledge_article set announced_at = ? where id = ? and announced_at is null")
                        .params(Timestamp.from(now), id)
                        .update()
                == 1;
    }

    /** Back to draft or to a later time: it will be made public again when its time comes. */
    void unannounce(long id) {
        jdbc.sql("update knowledge_article set announced_at = null where id = ?")
                .param(id)
                .update();
    }

    void putTranslation(long id, String language, ArticleText text, boolean machine, Instant now) {
        int updated = jdbc.sql("""
                        update knowledge_article_translation set title = ?, summary = ?, body = ?, machine = ?, updated_at = ?
                        where article_id = ? and language = ?
                        """)
                .params(text.title(), text.summary(), text.body(), machine, Timestamp.from(now), id, language)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into knowledge_article_translation (article_id, language, title, summary, body, machine,
                              updated_at)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(id, language, text.title(), text.summary(), text.body(), machine, Timestamp.from(now))
                    .update();
        }
        touch(id, now);
    }

    boolean removeTranslation(long id, String language, Instant now) {
        boolean removed = jdbc.sql("delete from knowledge_article_translation where article_id = ? and language = ?")
                        .params(id, language)
                        .update()
                > 0;
        touch(id, now);
        return removed;
    }

    private void touch(long id, Instant now) {
        jdbc.sql("update knowledge_article set updated_at = ? where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    void addVersion(long id, String language, ArticleText text, long savedBy, Instant now) {
        jdbc.sql("""
                        insert into knowledge_article_version (article_id, language, title, summary, body, saved_by, saved_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, language, text.title(), text.summary(), text.body(), savedBy, Timestamp.from(now))
                .update();
    }

    /** Every saved version, newest first. */
    List<Version> versions(long id) {
        return jdbc.sql("""
                        select id, language, title, summary, body, saved_by, saved_at from knowledge_article_version
                        where article_id = ? order by id desc
                        """).param(id).query(JdbcArticles::version).list();
    }

    Optional<Version> version(long id, long versionId) {
        return jdbc.sql("""
                        select id, language, title, summary, body, saved_by, saved_at from knowledge_article_version
                        where article_id = ? and id = ?
                        """).params(id, versionId).query(JdbcArticles::version).optional();
    }

    private static Version version(ResultSet row, int number) throws SQLException {
        return new Version(
                row.getLong("id"),
                row.getString("language"),
                new ArticleText(row.getString("title"), row.getString("summary"), row.getString("body")),
                row.getLong("saved_by"),
                row.getTimestamp("saved_at").toInstant());
    }

    void putCover(long id, Covers.Cover cover, Instant now) {
        jdbc.sql("delete from knowledge_article_cover where article_id = ?")
                .param(id)
                .update();
        jdbc.sql("""
                        insert into knowledge_article_cover (article_id, content_type, large, small, width, height)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, cover.contentType(), cover.large(), cover.small(), cover.width(), cover.height())
                .update();
        jdbc.sql("update knowledge_article set cover_version = cover_version + 1, updated_at = ? where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    void removeCover(long id, Instant now) {
        jdbc.sql("delete from knowledge_article_cover where article_id = ?")
                .param(id)
                .update();
        jdbc.sql("update knowledge_article set cover_alt = null, updated_at = ? where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    /** The cover's bytes in one size, {@code large} or {@code small}, when the article is public at {@code now}. */
    Optional<CoverImage> publicCover(long id, boolean large, Instant now, boolean staff) {
        return jdbc.sql("select c.content_type, c." + (large ? "large" : "small")
                        + " as content from knowledge_article_cover c join knowledge_article a on a.id = c.article_id"
                        + " where c.article_id = :id" + (staff ? "" : " and" + PUBLIC))
                .param("id", id)
                .param("now", Timestamp.from(now))
                .query((row, number) -> new CoverImage(row.getString("content_type"), row.getBytes("content")))
                .optional();
    }

    private Optional<Article> one(String sql, Map<String, ?> params) {
        return many(sql, params).stream().findFirst();
    }

    private List<Article> many(String sql, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(JdbcArticles::row).list();
        Map<Long, Map<String, Translated.Translation<ArticleText>>> translations =
                translationsOf(rows.stream().map(Row::id).toList());
        List<Article> articles = new ArrayList<>(rows.size());
        for (Row row : rows) {
            articles.add(row.article(translations.getOrDefault(row.id(), Map.of())));
        }
        return articles;
    }

    private Map<Long, Map<String, Translated.Translation<ArticleText>>> translationsOf(Collection<Long> ids) {
        Map<Long, Map<String, Translated.Translation<ArticleText>>> byArticle = new HashMap<>();
        if (ids.isEmpty()) {
            return byArticle;
        }
        jdbc.sql("""
                        select article_id, language, title, summary, body, machine from knowledge_article_translation
                        where article_id in (:ids) order by language
                        """).param("ids", ids).query(row -> {
            byArticle
                    .computeIfAbsent(row.getLong("article_id"), id -> new LinkedHashMap<>())
                    .put(
                            row.getString("language"),
                            new Translated.Translation<>(
                                    new ArticleText(
                                            row.getString("title"), row.getString("summary"), row.getString("body")),
                                    row.getBoolean("machine")));
        });
        return byArticle;
    }

    /** A row before its translations are read. */
    private record Row(
            long id,
            ArticleKind kind,
            String slug,
            String language,
            ArticleText text,
            List<String> challenges,
            String authorName,
            boolean draft,
            Instant publishAt,
            boolean inNavigation,
            String coverAlt,
            long coverVersion,
            boolean hasCover,
            long writtenBy,
            Instant updatedAt) {

        Article article(Map<String, Translated.Translation<ArticleText>> translations) {
            return new Article(
                    id,
                    kind,
                    slug,
                    new Translated<>(language, text, translations),
                    challenges,
                    authorName,
                    draft,
                    publishAt,
                    inNavigation,
                    coverAlt,
                    coverVersion,
                    hasCover,
                    writtenBy,
                    updatedAt);
        }
    }

    private static Row row(ResultSet row, int number) throws SQLException {
        String challenges = row.getString("challenges");
        return new Row(
                row.getLong("id"),
                ArticleKind.valueOf(row.getString("kind")),
                row.getString("slug"),
                row.getString("original_language"),
                new ArticleText(row.getString("title"), row.getString("summary"), row.getString("body")),
                challenges.isEmpty() ? List.of() : Arrays.asList(challenges.split(";")),
                row.getString("author_name"),
                row.getBoolean("draft"),
                row.getTimestamp("publish_at").toInstant(),
                row.getBoolean("in_navigation"),
                row.getString("cover_alt"),
                row.getLong("cover_version"),
                row.getLong("covers") > 0,
                row.getLong("written_by"),
                row.getTimestamp("updated_at").toInstant());
    }
}
