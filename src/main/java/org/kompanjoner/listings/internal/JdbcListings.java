package org.kompanjoner.listings.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.listings.Category;
import org.kompanjoner.listings.Direction;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.PlaceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Listings, their challenges, sectors and tags, and the history of their states. */
@Repository
public class JdbcListings {

    private final JdbcClient jdbc;

    JdbcListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long ownerId, ListingContent content, ListingState state) {
        Instant now = Instant.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into listings_listing (organisation_id, category, direction, title, summary, description,
                  language, place_kind, place_code, expires_on, owner_id, state, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(columns(content, ownerId, state.name(), Timestamp.from(now), Timestamp.from(now)))
                .update(key, "id");
        long id = key.getKey().longValue();
        replaceLists(id, content);
        recordChange(id, null, state, ownerId, null);
        return id;
    }

    public void update(long id, ListingContent content) {
        jdbc.sql("""
                update listings_listing set organisation_id = ?, category = ?, direction = ?, title = ?, summary = ?,
                  description = ?, language = ?, place_kind = ?, place_code = ?, expires_on = ?, updated_at = ?
                where id = ?
                """)
                .params(columns(content, Timestamp.from(Instant.now()), id))
                .update();
        replaceLists(id, content);
    }

    /** The content's own columns, in the order both statements name them, then {@code more}. */
    private static Object[] columns(ListingContent content, Object... more) {
        java.util.List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(
                content.organisationId(),
                content.category().name(),
                content.direction().name(),
                content.title(),
                content.summary(),
                content.description(),
                content.language(),
                content.placeKind().name(),
                content.placeCode(),
                Date.valueOf(content.expiresOn())));
        values.addAll(java.util.Arrays.asList(more));
        return values.toArray();
    }

    /**
     * Moves a listing from {@code from} to {@code to} and records who did it and why. Returns false when
     * the listing was no longer in {@code from} (someone else changed it first), changing nothing.
     */
    public boolean changeState(long id, ListingState from, ListingState to, Long actorId, String reason) {
        Instant now = Instant.now();
        int changed = jdbc.sql("""
                update listings_listing set state = ?, updated_at = ?,
                  published_at = case when ? = 'PUBLISHED' and published_at is null then ? else published_at end,
                  removal_reason = case when ? = 'REMOVED' then ? else removal_reason end
                where id = ? and state = ?
                """)
                .params(
                        to.name(),
                        Timestamp.from(now),
                        to.name(),
                        Timestamp.from(now),
                        to.name(),
                        reason,
                        id,
                        from.name())
                .update();
        if (changed == 1) {
            recordChange(id, from, to, actorId, reason);
        }
        return changed == 1;
    }

    /** Sets when a listing was first published (demo data that should look lived-in). */
    public void setPublishedAt(long id, Instant publishedAt) {
        jdbc.sql("update listings_listing set published_at = ?, created_at = ?, updated_at = ? where id = ?")
                .params(Timestamp.from(publishedAt), Timestamp.from(publishedAt), Timestamp.from(publishedAt), id)
                .update();
    }

    public void setFulfilledStory(long id, String story) {
        jdbc.sql("update listings_listing set fulfilled_story = ? where id = ?")
                .params(story, id)
                .update();
    }

    public void setExpiry(long id, java.time.LocalDate expiresOn) {
        jdbc.sql("update listings_listing set expires_on = ?, reminded_on = null, updated_at = ? where id = ?")
                .params(Date.valueOf(expiresOn), Timestamp.from(Instant.now()), id)
                .update();
    }

    private void recordChange(long id, ListingState from, ListingState to, Long actorId, String reason) {
        jdbc.sql("""
                insert into listings_state_change (listing_id, from_state, to_state, actor_id, reason, changed_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        from == null ? null : from.name(),
                        to.name(),
                        actorId,
                        reason,
                        Timestamp.from(Instant.now()))
                .update();
    }

    public Optional<Listing> byId(long id) {
        return load("select * from listings_listing where id = ?", id).stream().findFirst();
    }

    /** Every listing of one person, newest first, in every state. */
    public List<Listing> byOwner(long ownerId) {
        return load("select * from listings_listing where owner_id = ? order by updated_at desc, id desc", ownerId);
    }

    /** Published, unexpired listings, newest first. */
    public List<Listing> published(java.time.LocalDate today, int offset, int limit) {
        return load("""
                select * from listings_listing where state = 'PUBLISHED' and expires_on >= ?
                order by published_at desc, id desc offset ? rows fetch next ? rows only
                """, Date.valueOf(today), offset, limit);
    }

    /** The ids of the listings posted for an organisation that are published now. */
    public List<Long> idsForOrganisation(long organisationId) {
        return jdbc.sql("select id from listings_listing where organisation_id = ? and state = 'PUBLISHED' order by id")
                .param(organisationId)
                .query(Long.class)
                .list();
    }

    /** An organisation's published, unexpired listings, newest first. */
    public List<Listing> liveFor(long organisationId, java.time.LocalDate today, int limit) {
        return load("""
                select * from listings_listing
                where organisation_id = ? and state = 'PUBLISHED' and expires_on >= ?
                order by published_at desc, id desc fetch first ? rows only
                """, organisationId, Date.valueOf(today), limit);
    }

    /**
     * The ids and last changes of published, unexpired listings, from position {@code offset} on in id
     * order, handed over row by row as they are read (for the sitemap).
     */
    public void eachLive(
            java.time.LocalDate today, long offset, int limit, java.util.function.BiConsumer<Long, Instant> each) {
        jdbc.sql("""
                        select id, updated_at from listings_listing where state = 'PUBLISHED' and expires_on >= ?
                        order by id offset ? rows fetch next ? rows only
                        """).params(Date.valueOf(today), offset, limit).query((ResultSet rs) -> {
            each.accept(rs.getLong("id"), rs.getTimestamp("updated_at").toInstant());
        });
    }

    public long countPublished(java.time.LocalDate today) {
        return jdbc.sql("select count(*) from listings_listing where state = 'PUBLISHED' and expires_on >= ?")
                .param(Date.valueOf(today))
                .query(Long.class)
                .single();
    }

    /** The listings with these ids, in the order given (ids that do not exist are left out). */
    public List<Listing> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Listing> found = new HashMap<>();
        load(
                        "select * from listings_listing where id in (" + placeholders(ids.size()) + ")",
                        padded(ids).toArray())
                .forEach(listing -> found.put(listing.id(), listing));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /**
     * The next {@code limit} listings by id after {@code afterId}, in every state: walking the primary
     * key keeps each page cheap however many listings there are (callers pick the live ones).
     */
    public List<Listing> after(long afterId, int limit) {
        return load("select * from listings_listing where id > ? order by id fetch first ? rows only", afterId, limit);
    }

    /** Published listings whose last day has passed. */
    public List<Long> publishedButPast(java.time.LocalDate today) {
        return jdbc.sql("select id from listings_listing where state = 'PUBLISHED' and expires_on < ?")
                .param(Date.valueOf(today))
                .query(Long.class)
                .list();
    }

    /** Published listings that expire within {@code days} days and whose owner has not been reminded yet. */
    public List<Listing> expiringUnreminded(java.time.LocalDate today, int days) {
        return load("""
                select * from listings_listing where state = 'PUBLISHED' and expires_on >= ? and expires_on <= ?
                and reminded_on is null order by expires_on, id
                """, Date.valueOf(today), Date.valueOf(today.plusDays(days)));
    }

    public void markReminded(long id, java.time.LocalDate today) {
        jdbc.sql("update listings_listing set reminded_on = ? where id = ?")
                .params(Date.valueOf(today), id)
                .update();
    }

    public void saveRenewal(String tokenHash, long listingId, Instant expiresAt) {
        jdbc.sql("insert into listings_renewal (token_hash, listing_id, expires_at) values (?, ?, ?)")
                .params(tokenHash, listingId, Timestamp.from(expiresAt))
                .update();
    }

    /** Uses up a renewal link; the listing it renews, if the link was valid and unused. */
    /** The listing a renewal link is for, while the link is unused and fresh; using it is {@link #redeemRenewal}. */
    public Optional<Long> renewalFor(String tokenHash) {
        return jdbc.sql(
                        "select listing_id from listings_renewal where token_hash = ? and used_at is null and expires_at > ?")
                .params(tokenHash, Timestamp.from(Instant.now()))
                .query(Long.class)
                .optional();
    }

    public Optional<Long> redeemRenewal(String tokenHash) {
        Optional<Long> listingId = renewalFor(tokenHash);
        if (listingId.isEmpty()) {
            return listingId;
        }
        int used = jdbc.sql("update listings_renewal set used_at = ? where token_hash = ? and used_at is null")
                .params(Timestamp.from(Instant.now()), tokenHash)
                .update();
        return used == 1 ? listingId : Optional.empty();
    }

    public long count() {
        return jdbc.sql("select count(*) from listings_listing")
                .query(Long.class)
                .single();
    }

    /**
     * Locks the listing's row until the transaction ends and reads it afresh, so that changes which read
     * before they write (renewing while the job expires it, two interests sent at once) take turns.
     */
    public Optional<Listing> lockAndRead(long id) {
        jdbc.sql("select id from listings_listing where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
        return byId(id);
    }

    /** True when the listing was sent back to its owner by a coordinator and has not been published since. */
    public boolean sentBack(long id) {
        return jdbc.sql("""
                        select count(*) from listings_state_change
                        where listing_id = ? and to_state = 'DRAFT' and reason is not null
                          and changed_at >= coalesce((select max(changed_at) from listings_state_change
                                                      where listing_id = ? and to_state = 'PUBLISHED'), changed_at)
                        """).params(id, id).query(Long.class).single() > 0;
    }

    /** Listings waiting for review, oldest first. */
    public List<Listing> waitingForReview() {
        return load("select * from listings_listing where state = 'PENDING_REVIEW' order by updated_at, id");
    }

    /** The reason recorded with the listing's latest change of state, if any (a coordinator's message). */
    public Optional<String> latestReason(long id) {
        return jdbc.sql(
                        "select reason from listings_state_change where listing_id = ? order by changed_at desc, id desc fetch first 1 rows only")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** How many of this person's listings have ever been published: a poster with none is new. */
    public long everPublishedBy(long ownerId) {
        return jdbc.sql("select count(*) from listings_listing where owner_id = ? and published_at is not null")
                .param(ownerId)
                .query(Long.class)
                .single();
    }

    public record StateChange(ListingState from, ListingState to, Long actorId, String reason, Instant at) {}

    public List<StateChange> history(long id) {
        return jdbc.sql("select * from listings_state_change where listing_id = ? order by changed_at, id")
                .param(id)
                .query((rs, row) -> new StateChange(
                        rs.getString("from_state") == null ? null : ListingState.valueOf(rs.getString("from_state")),
                        ListingState.valueOf(rs.getString("to_state")),
                        (Long) rs.getObject("actor_id", Long.class),
                        rs.getString("reason"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private void replaceLists(long id, ListingContent content) {
        replace("listings_listing_challenge", "challenge", id, content.challenges());
        replace("listings_listing_sector", "sector", id, content.sectors());
        replace("listings_listing_tag", "tag", id, content.tags());
    }

    private void replace(String table, String column, long id, List<String> values) {
        jdbc.sql("delete from " + table + " where listing_id = ?").param(id).update();
        for (String value : values) {
            jdbc.sql("insert into " + table + " (listing_id, " + column + ") values (?, ?)")
                    .params(id, value)
                    .update();
        }
    }

    /** Rows first, then the lists of all of them, so no query runs inside another's result set. */
    private List<Listing> load(String sql, Object... params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(JdbcListings::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<String>> challenges = new HashMap<>();
        Map<Long, List<String>> sectors = new HashMap<>();
        Map<Long, List<String>> tags = new HashMap<>();
        Map<String, Map<Long, List<String>>> lists = Map.of("challenge", challenges, "sector", sectors, "tag", tags);
        // One statement for the three lists, of one of a few shapes (see placeholders), so that the
        // database parses it once and reuses the plan, where an id list written into the SQL was new each time.
        String in = placeholders(ids.size());
        List<Object> each = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            each.addAll(padded(ids));
        }
        jdbc.sql("select listing_id, 'challenge' as list, challenge as item from listings_listing_challenge"
                        + " where listing_id in (" + in + ")"
                        + " union all select listing_id, 'sector', sector from listings_listing_sector"
                        + " where listing_id in (" + in + ")"
                        + " union all select listing_id, 'tag', tag from listings_listing_tag"
                        + " where listing_id in (" + in + ") order by 3")
                .params(each)
                .query((rs, n) -> lists.get(rs.getString("list"))
                        .computeIfAbsent(rs.getLong("listing_id"), id -> new ArrayList<>())
                        .add(rs.getString("item")))
                .list();
        return rows.stream()
                .map(row -> row.listing(
                        challenges.getOrDefault(row.id, List.of()),
                        sectors.getOrDefault(row.id, List.of()),
                        tags.getOrDefault(row.id, List.of())))
                .toList();
    }

    /** The sizes an id list is padded to: few statement shapes for any number of ids. */
    private static final int[] SHAPES = {1, 4, 12, 24, 50, 100, 250, 500, 1000};

    private static int shape(int count) {
        for (int size : SHAPES) {
            if (count <= size) {
                return size;
            }
        }
        return count;
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(shape(count), "?"));
    }

    /** The ids, the last repeated up to the shape's size (a repeated id matches nothing more). */
    private static List<Object> padded(List<Long> ids) {
        List<Object> padded = new ArrayList<>(ids);
        while (padded.size() < shape(ids.size())) {
            padded.add(ids.get(ids.size() - 1));
        }
        return padded;
    }

    private record Row(
            long id,
            long ownerId,
            Long organisationId,
            Category category,
            Direction direction,
            String title,
            String summary,
            String description,
            String language,
            PlaceKind placeKind,
            String placeCode,
            java.time.LocalDate expiresOn,
            ListingState state,
            String fulfilledStory,
            String removalReason,
            Instant createdAt,
            Instant updatedAt,
            Instant publishedAt) {

        Listing listing(List<String> challenges, List<String> sectors, List<String> tags) {
            List<String> byNumber = challenges.stream()
                    .sorted(java.util.Comparator.comparingInt(
                            code -> code.chars().allMatch(Character::isDigit) ? Integer.parseInt(code) : 99))
                    .toList();
            return new Listing(
                    id,
                    ownerId,
                    new ListingContent(
                            category,
                            direction,
                            title,
                            summary,
                            description,
                            byNumber,
                            sectors,
                            tags,
                            placeKind,
                            placeCode,
                            organisationId,
                            language,
                            expiresOn),
                    state,
                    fulfilledStory,
                    removalReason,
                    createdAt,
                    updatedAt,
                    publishedAt);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Row(
                rs.getLong("id"),
                rs.getLong("owner_id"),
                rs.getObject("organisation_id", Long.class),
                Category.valueOf(rs.getString("category")),
                Direction.valueOf(rs.getString("direction")),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("description"),
                rs.getString("language"),
                PlaceKind.valueOf(rs.getString("place_kind")),
                rs.getString("place_code"),
                rs.getDate("expires_on").toLocalDate(),
                ListingState.valueOf(rs.getString("state")),
                rs.getString("fulfilled_story"),
                rs.getString("removal_reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                published == null ? null : published.toInstant());
    }
}
