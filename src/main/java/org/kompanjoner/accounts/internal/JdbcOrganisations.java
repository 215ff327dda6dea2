package org.kompanjoner.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kompanjoner.accounts.MembershipRole;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Organisations, their challenges, members and invitations. */
@Repository
public class JdbcOrganisations implements Organisations {

    private final JdbcClient jdbc;

    JdbcOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrganisationSummary> find(long organisationId) {
        return byId(organisationId).map(Organisation::summary);
    }

    @Override
    public Optional<OrganisationSummary> findByNumber(String organisationNumber) {
        return load("select * from accounts_organisation where org_number = ?", organisationNumber).stream()
                .findFirst()
                .map(Organisation::summary);
    }

    @Override
    public List<OrganisationSummary> of(long personId) {
        return load("""
                select o.* from accounts_organisation o
                join accounts_membership m on m.organisation_id = o.id
                where m.person_id = ? order by o.name
                """, personId).stream().map(Organisation::summary).toList();
    }

    @Override
    public boolean isMember(long organisationId, long personId) {
        return role(organisationId, personId).isPresent();
    }

    public Optional<Organisation> byId(long id) {
        return load("select * from accounts_organisation where id = ?", id).stream()
                .findFirst();
    }

    public Optional<Organisation> bySlug(String slug) {
        return load("select * from accounts_organisation where slug = ?", slug).stream()
                .findFirst();
    }

    public boolean numberTaken(String organisationNumber, Long exceptId) {
        return jdbc.sql("select count(*) from accounts_organisation where org_number = ? and id <> ?")
                        .params(organisationNumber, exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long create(OrganisationProfile profile, long createdBy) {
        Instant now = Instant.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into accounts_organisation
                  (slug, name, org_number, sector, size, municipality, website, description, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        uniqueSlug(profile.name()),
                        profile.name(),
                        profile.organisationNumber(),
                        profile.sector(),
                        profile.size(),
                        profile.municipality(),
                        profile.website(),
                        profile.description(),
                        createdBy,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        replaceChallenges(id, profile.challenges());
        return id;
    }

    public void update(long id, OrganisationProfile profile) {
        jdbc.sql("""
                update accounts_organisation set name = ?, org_number = ?, sector = ?, size = ?, municipality = ?,
                  website = ?, description = ?, updated_at = ? where id = ?
                """)
                .params(
                        profile.name(),
                        profile.organisationNumber(),
                        profile.sector(),
                        profile.size(),
                        profile.municipality(),
                        profile.website(),
                        profile.description(),
                        Timestamp.from(Instant.now()),
                        id)
                .update();
        replaceChallenges(id, profile.challenges());
    }

    private void replaceChallenges(long id, List<String> challenges) {
        jdbc.sql("delete from accounts_organisation_challenge where organisation_id = ?")
                .param(id)
                .update();
        for (String challenge : challenges) {
            jdbc.sql("insert into accounts_organisation_challenge (organisation_id, challenge) values (?, ?)")
                    .params(id, challenge)
                    .update();
        }
    }

    private String uniqueSlug(String name) {
        String base = Slugs.of(name);
        String slug = base;
        // "ny" is the address of the form for a new organisation.
        for (int n = 2; bySlug(slug).isPresent() || slug.equals("ny"); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** One page of organisations matching the filters (each may be null), by name. */
    public List<Organisation> search(
            String text, String sector, String county, String municipality, String challenge, int offset, int limit) {
        Filter filter = filter(text, sector, county, municipality, challenge);
        return load(
                "select o.* from accounts_organisation o where " + filter.where
                        + " order by o.name, o.id offset ? rows fetch next ? rows only",
                concat(filter.params, offset, limit).toArray());
    }

    public long count(String text, String sector, String county, String municipality, String challenge) {
        Filter filter = filter(text, sector, county, municipality, challenge);
        return jdbc.sql("select count(*) from accounts_organisation o where " + filter.where)
                .params(filter.params)
                .query(Long.class)
                .single();
    }

    private record Filter(String where, List<Object> params) {}

    private static Filter filter(String text, String sector, String county, String municipality, String challenge) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(o.name) like ? or lower(o.description) like ?)");
            String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
            params.add(like);
            params.add(like);
        }
        if (sector != null && !sector.isBlank()) {
            where.append(" and o.sector = ?");
            params.add(sector);
        }
        if (municipality != null && !municipality.isBlank()) {
            where.append(" and o.municipality = ?");
            params.add(municipality);
        }
        if (county != null && !county.isBlank()) {
            // SCB municipality codes begin with their county's code.
            where.append(" and substring(o.municipality, 1, 2) = ?");
            params.add(county);
        }
        if (challenge != null && !challenge.isBlank()) {
            where.append(" and exists (select 1 from accounts_organisation_challenge c"
                    + " where c.organisation_id = o.id and c.challenge = ?)");
            params.add(challenge);
        }
        return new Filter(where.toString(), params);
    }

    private static List<Object> concat(List<Object> params, Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }

    /**
     * The slugs and last changes of organisations, from position {@code offset} on in id order, handed
     * over row by row as they are read (for the sitemap).
     */
    public void eachPublic(long offset, int limit, java.util.function.BiConsumer<String, Instant> each) {
        jdbc.sql("select slug, updated_at from accounts_organisation order by id offset ? rows fetch next ? rows only")
                .params(offset, limit)
                .query((ResultSet rs) -> {
                    each.accept(
                            rs.getString("slug"), rs.getTimestamp("updated_at").toInstant());
                });
    }

    public long count() {
        return jdbc.sql("select count(*) from accounts_organisation")
                .query(Long.class)
                .single();
    }

    // members

    public Optional<MembershipRole> role(long organisationId, long personId) {
        return jdbc.sql("select role from accounts_membership where organisation_id = ? and person_id = ?")
                .params(organisationId, personId)
                .query(String.class)
                .optional()
                .map(MembershipRole::valueOf);
    }

    public void addMember(long organisationId, long personId, MembershipRole role) {
        jdbc.sql("""
                insert into accounts_membership (organisation_id, person_id, role, joined_at)
                select ?, ?, ?, ? where not exists
                  (select 1 from accounts_membership where organisation_id = ? and person_id = ?)
                """)
                .params(organisationId, personId, role.name(), Timestamp.from(Instant.now()), organisationId, personId)
                .update();
    }

    public void changeRole(long organisationId, long personId, MembershipRole role) {
        jdbc.sql("update accounts_membership set role = ? where organisation_id = ? and person_id = ?")
                .params(role.name(), organisationId, personId)
                .update();
    }

    public void removeMember(long organisationId, long personId) {
        jdbc.sql("delete from accounts_membership where organisation_id = ? and person_id = ?")
                .params(organisationId, personId)
                .update();
    }

    public long ownerCount(long organisationId) {
        return jdbc.sql("select count(*) from accounts_membership where organisation_id = ? and role = 'OWNER'")
                .param(organisationId)
                .query(Long.class)
                .single();
    }

    public List<Member> members(long organisationId) {
        return jdbc.sql("""
                select m.person_id, p.display_name, p.email, m.role, m.joined_at
                from accounts_membership m join accounts_person p on p.id = m.person_id
                where m.organisation_id = ? order by m.role desc, p.display_name
                """)
                .param(organisationId)
                .query((rs, row) -> new Member(
                        rs.getLong("person_id"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        MembershipRole.valueOf(rs.getString("role")),
                        rs.getTimestamp("joined_at").toInstant()))
                .list();
    }

    // invitations

    public void invite(long organisationId, String email, String tokenHash, long invitedBy, Instant expiresAt) {
        jdbc.sql("""
                insert into accounts_invitation (organisation_id, email, token_hash, invited_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        organisationId,
                        email,
                        tokenHash,
                        invitedBy,
                        Timestamp.from(Instant.now()),
                        Timestamp.from(expiresAt))
                .update();
    }

    public Optional<Invitation> invitationByTokenHash(String tokenHash) {
        return jdbc.sql(INVITATION_SELECT + " where i.token_hash = ?")
                .param(tokenHash)
                .query(this::mapInvitation)
                .optional();
    }

    public List<Invitation> openInvitations(long organisationId) {
        return jdbc.sql(INVITATION_SELECT
                        + " where i.organisation_id = ? and i.accepted_at is null and i.expires_at > ?"
                        + " order by i.created_at desc")
                .params(organisationId, Timestamp.from(Instant.now()))
                .query(this::mapInvitation)
                .list();
    }

    public long invitationsSentSince(long organisationId, Instant since) {
        return jdbc.sql("select count(*) from accounts_invitation where organisation_id = ? and created_at > ?")
                .params(organisationId, Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    public boolean markAccepted(long invitationId, long personId) {
        return jdbc.sql(
                                "update accounts_invitation set accepted_at = ?, accepted_by = ? where id = ? and accepted_at is null")
                        .params(Timestamp.from(Instant.now()), personId, invitationId)
                        .update()
                == 1;
    }

    public void withdrawInvitation(long organisationId, long invitationId) {
        jdbc.sql("delete from accounts_invitation where id = ? and organisation_id = ? and accepted_at is null")
                .params(invitationId, organisationId)
                .update();
    }

    private static final String INVITATION_SELECT = """
            select i.*, p.display_name as inviter_name from accounts_invitation i
            left join accounts_person p on p.id = i.invited_by""";

    private Invitation mapInvitation(ResultSet rs, int row) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new Invitation(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("email"),
                rs.getString("inviter_name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                accepted == null ? null : accepted.toInstant());
    }

    /**
     * Organisations from a query, with their challenges: the rows are read first and the challenges of
     * all of them in one more query, so no query runs while another's result set is open.
     */
    private List<Organisation> load(String sql, Object... params) {
        List<Organisation> rows = jdbc.sql(sql).params(params).query(this::map).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> challenges = new HashMap<>();
        String ids = rows.stream().map(row -> String.valueOf(row.id())).collect(Collectors.joining(","));
        jdbc.sql("select organisation_id, challenge from accounts_organisation_challenge where organisation_id in ("
                        + ids + ")")
                .query((rs, n) -> challenges
                        .computeIfAbsent(rs.getLong("organisation_id"), id -> new ArrayList<>())
                        .add(rs.getString("challenge")))
                .list();
        return rows.stream()
                .map(row -> row.withChallenges(challenges.getOrDefault(row.id(), List.of()).stream()
                        .sorted(Comparator.comparingInt(
                                code -> code.chars().allMatch(Character::isDigit) ? Integer.parseInt(code) : 99))
                        .toList()))
                .toList();
    }

    private Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("org_number"),
                rs.getString("sector"),
                rs.getString("size"),
                rs.getString("municipality"),
                rs.getString("website"),
                rs.getString("description"),
                List.of(),
                rs.getTimestamp("created_at").toInstant());
    }
}
