package org.kompanjoner.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.shared.Text;
import org.kompanjoner.web.Languages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The people table and their roles. */
@Repository
public class JdbcPeople implements People {

    private final JdbcClient jdbc;

    JdbcPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PersonSummary> find(long personId) {
        return byId(personId).map(Person::summary);
    }

    @Override
    public Optional<PersonSummary> findByEmail(String email) {
        return byEmail(email).map(Person::summary);
    }

    @Override
    public boolean isStaff(long personId) {
        return byId(personId)
                .map(person -> person.roles().contains(Role.COORDINATOR)
                        || person.roles().contains(Role.ADMIN))
                .orElse(false);
    }

    public Optional<Person> byId(long id) {
        return load("select * from accounts_person where id = ?", id).stream().findFirst();
    }

    public Optional<Person> byEmail(String email) {
        return load("select * from accounts_person where email = ?", Emails.normalise(email)).stream()
                .findFirst();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from accounts_person where email = ?")
                        .param(Emails.normalise(email))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long create(String email, String displayName, String passwordHash, Locale locale, Instant verifiedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into accounts_person (email, display_name, password_hash, locale, email_verified_at, created_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(
                        Emails.normalise(email),
                        Text.clean(displayName.strip()),
                        passwordHash,
                        locale.getLanguage(),
                        verifiedAt == null ? null : Timestamp.from(verifiedAt),
                        Timestamp.from(Instant.now()))
                .update(key, "id");
        long id = key.getKey().longValue();
        grant(id, Role.MEMBER);
        return id;
    }

    public void grant(long personId, Role role) {
        jdbc.sql("""
                insert into accounts_person_role (person_id, role)
                select ?, ? where not exists (select 1 from accounts_person_role where person_id = ? and role = ?)
                """).params(personId, role.name(), personId, role.name()).update();
    }

    public void revoke(long personId, Role role) {
        jdbc.sql("delete from accounts_person_role where person_id = ? and role = ?")
                .params(personId, role.name())
                .update();
    }

    public long countWithRole(Role role) {
        return jdbc.sql("select count(*) from accounts_person_role where role = ?")
                .param(role.name())
                .query(Long.class)
                .single();
    }

    public void markVerified(long personId) {
        jdbc.sql("update accounts_person set email_verified_at = ? where id = ? and email_verified_at is null")
                .params(Timestamp.from(Instant.now()), personId)
                .update();
    }

    public void changePasswordHash(long personId, String passwordHash) {
        jdbc.sql("update accounts_person set password_hash = ?, session_epoch = session_epoch + 1 where id = ?")
                .params(passwordHash, personId)
                .update();
    }

    public void changeEmail(long personId, String email) {
        jdbc.sql("update accounts_person set email = ?, email_verified_at = ? where id = ?")
                .params(Emails.normalise(email), Timestamp.from(Instant.now()), personId)
                .update();
    }

    public void changeProfile(long personId, String displayName, Locale locale) {
        jdbc.sql("update accounts_person set display_name = ?, locale = ? where id = ?")
                .params(Text.clean(displayName.strip()), locale.getLanguage(), personId)
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from accounts_person")
                .query(Long.class)
                .single();
    }

    /** People whose name or address contains {@code text}, for administrators, newest first. */
    public List<Person> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return load("""
                select * from accounts_person
                where lower(display_name) like ? or email like ?
                order by created_at desc, id desc fetch first ? rows only
                """, like, like, limit);
    }

    /** People from a query with their roles, read after the rows so no two queries are open at once. */
    private List<Person> load(String sql, Object... params) {
        List<Person> rows = jdbc.sql(sql).params(params).query(this::map).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        String ids = rows.stream().map(row -> String.valueOf(row.id())).collect(Collectors.joining(","));
        jdbc.sql("select person_id, role from accounts_person_role where person_id in (" + ids + ")")
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong("person_id"), id -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString("role"))))
                .list();
        return rows.stream()
                .map(row -> row.withRoles(roles.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    private Person map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Timestamp verified = rs.getTimestamp("email_verified_at");
        return new Person(
                id,
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Languages.supported(rs.getString("locale")),
                verified == null ? null : verified.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                Set.of(),
                rs.getInt("session_epoch"));
    }
}
