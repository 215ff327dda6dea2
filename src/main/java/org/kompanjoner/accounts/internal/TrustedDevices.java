package org.kompanjoner.accounts.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.shared.SecretToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsers a person has signed in from before ("device cookies", as OWASP describes them). A browser that
 * shows one for the account it signs in to is not held back by failed sign-ins from other browsers, so an
 * attacker guessing a password from elsewhere cannot lock its owner out. The cookie proves nothing by
 * itself: the password is still needed.
 */
@Component
public class TrustedDevices {

    public static final String COOKIE = "kompanjoner-device";
    private static final Duration LIFETIME = Duration.ofDays(365);
    private static final int KEPT_PER_PERSON = 10;

    private final JdbcClient jdbc;
    private final boolean secureCookies;

    TrustedDevices(JdbcClient jdbc, @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.jdbc = jdbc;
        this.secureCookies = secureCookies;
    }

    /** True when the request comes from a browser the person with {@code email} has signed in from. */
    public boolean trusted(HttpServletRequest request, String email) {
        String secret = secret(request);
        if (secret == null) {
            return false;
        }
        return jdbc.sql("""
                        select count(*) from accounts_device d join accounts_person p on p.id = d.person_id
                        where d.secret_hash = ? and p.email = ? and d.last_used_at > ?
                        """)
                        .params(
                                SecretToken.hashOf(secret),
                                Emails.normalise(email),
                                Timestamp.from(Instant.now().minus(LIFETIME)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** After a successful sign-in: the browser is (still) trusted for this person, for a year from now. */
    @Transactional
    public void remember(long personId, HttpServletRequest request, HttpServletResponse response) {
        Instant now = Instant.now();
        String secret = secret(request);
        if (secret != null
                && jdbc.sql("update accounts_device set last_used_at = ? where secret_hash = ? and person_id = ?")
                                .params(Timestamp.from(now), SecretToken.hashOf(secret), personId)
                                .update()
                        == 1) {
            return;
        }
        SecretToken token = SecretToken.generate();
        jdbc.sql("""
                insert into accounts_device (person_id, secret_hash, created_at, last_used_at) values (?, ?, ?, ?)
                """)
                .params(personId, token.hash(), Timestamp.from(now), Timestamp.from(now))
                .update();
        // A person keeps their most recent browsers; the oldest are forgotten.
        jdbc.sql("""
                delete from accounts_device where person_id = ? and id not in (
                  select id from accounts_device where person_id = ? order by last_used_at desc, id desc
                  fetch first %d rows only)
                """.formatted(KEPT_PER_PERSON)).params(personId, personId).update();
        Cookie cookie = new Cookie(COOKIE, token.value());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String secret(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue().length() <= 100) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
