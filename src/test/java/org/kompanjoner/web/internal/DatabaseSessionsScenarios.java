package org.kompanjoner.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.SessionGuard;
import org.kompanjoner.support.HeldLock;
import org.kompanjoner.support.SecondNode;
import org.kompanjoner.support.ServerTest;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Sessions in the database, on two nodes of one database over real HTTP: a browser signs in on one node
 * and the other, which has never seen it, reads its session back from the database (who is signed in,
 * the form token, the time of sign-in) and can sign it out. The container's own sessions are not used.
 */
abstract class DatabaseSessionsScenarios extends ServerTest {

    static final String COOKIE = "SESSION";

    @Autowired
    ApplicationContext context;

    @Autowired
    DatabaseSessions.ExpiredSessions expiredSessions;

    int otherNode;

    @BeforeEach
    void startTheOtherNode() {
        otherNode = SecondNode.port(SecondNode.beside(context));
    }

    @Test
    void aSignedInSessionIsARowThatTheOtherNodeReadsBack() {
        String email = person("Sessionsdeltagare", "sessions");
        Visitor browser = new Visitor(port);
        assertThat(browser.signIn(email, TestPeople.PASSWORD)).isTrue();

        String id = sessionId(browser);
        assertThat(principalOf(id)).as("the session's row names who signed in").contains(email);
        assertThat(browser.hasCookie("JSESSIONID")).as("a container session").isFalse();

        Visitor.Response page = browser.on(otherNode).get(AccountRoutes.MY_ACCOUNT);
        assertThat(page.status()).as("my account on the other node").isEqualTo(200);
        assertThat(page.body()).contains(email);
        assertThat(sessionId(browser)).as("the same session on both nodes").isEqualTo(id);
    }

    @Test
    void signingOutOnOneNodeDeletesTheSessionForEveryNode() {
        String email = person("Utloggare", "signout");
        Visitor browser = new Visitor(port);
        assertThat(browser.signIn(email, TestPeople.PASSWORD)).isTrue();
        String id = sessionId(browser);
        browser.get(AccountRoutes.MY_ACCOUNT);

        // The form token was given out by the first node and is checked by the other, from the session.
        Visitor.Response signedOut = browser.on(otherNode).post(AccountRoutes.SIGN_OUT);
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).contains(AccountRoutes.SIGN_IN + "?signedOut");
        assertThat(principalOf(id)).as("the session's row after signing out").isEmpty();
        assertThat(rowExists(id)).isFalse();

        Visitor.Response page = browser.get(AccountRoutes.MY_ACCOUNT);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains(AccountRoutes.SIGN_IN);
    }

    @Test
    void signingInGivesTheSessionANewId() {
        String email = person("Fixering", "fixation");
        Visitor browser = new Visitor(port);
        browser.get(AccountRoutes.SIGN_IN);
        String before = sessionId(browser);
        assertThat(rowExists(before)).as("the session the sign-in form made").isTrue();

        Visitor.Response signedIn =
                browser.post(AccountRoutes.SIGN_IN, "email", email, "password", TestPeople.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        String after = sessionId(browser);
        assertThat(after).as("the session id after sign-in").isNotEqualTo(before);
        assertThat(rowExists(before)).as("the old id still finds a session").isFalse();
        assertThat(principalOf(after)).contains(email);
    }

    @Test
    void theCookieStaysHttpOnlyAndSameSiteAndASessionIdlesOutAfterHalfAnHour() {
        Visitor browser = new Visitor(port);
        Visitor.Response form = browser.get(AccountRoutes.SIGN_IN);
        String cookie = form.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(header -> header.getValue().stream())
                .filter(value -> value.startsWith(COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

        int idle = jdbc.sql("select max_inactive_interval from web_session where session_id = ?")
                .param(sessionId(browser))
                .query(Integer.class)
                .single();
        assertThat(Duration.ofSeconds(idle)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInOnEveryNode() throws IOException {
        String email = person("Långsittare", "lifetime");
        Visitor browser = new Visitor(port);
        assertThat(browser.signIn(email, TestPeople.PASSWORD)).isTrue();
        String id = sessionId(browser);

        // As if the sign-in had been twelve hours and a minute ago, in the session as the nodes store it.
        int changed = jdbc.sql("""
                        update web_session_attributes set attribute_bytes = ?
                        where attribute_name = ?
                          and session_primary_id = (select primary_id from web_session where session_id = ?)
                        """)
                .params(
                        serialised(Instant.now().minus(Duration.ofHours(12).plusMinutes(1))),
                        SessionGuard.SIGNED_IN_AT,
                        id)
                .update();
        assertThat(changed).as("the time of sign-in is in the session's row").isEqualTo(1);

        Visitor.Response page = browser.on(otherNode).get(AccountRoutes.MY_ACCOUNT);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains(AccountRoutes.SIGN_IN + "?expired");
        assertThat(rowExists(id)).isFalse();
    }

    @Test
    void readingPagesMakesNoSessionOnAnyNode() {
        Set<String> before = sessionIds();
        for (int node : List.of(port, otherNode)) {
            for (String path : List.of("/", "/annonser", "/actuator/health/readiness", "/finns-inte")) {
                Visitor visitor = new Visitor(node);
                assertThat(visitor.get(path).status()).as(path).isLessThan(500);
                assertThat(visitor.hasCookie(COOKIE))
                        .as("a session cookie for " + path)
                        .isFalse();
            }
        }
        Set<String> made = new HashSet<>(sessionIds());
        made.removeAll(before);
        assertThat(made).as("sessions made by reading").isEmpty();
    }

    @Test
    void expiredSessionsAreDeletedByOneNodeAtATime() {
        String email = person("Utgången", "expired");
        Visitor browser = new Visitor(port);
        assertThat(browser.signIn(email, TestPeople.PASSWORD)).isTrue();
        String id = sessionId(browser);

        try (HeldLock held = HeldLock.byAnotherNode(jdbc, "web-expired-sessions")) {
            jdbc.sql("update web_session set expiry_time = 0 where session_id = ?")
                    .param(id)
                    .update();
            expiredSessions.deleteExpired();
            assertThat(rowExists(id))
                    .as("while another node holds the job's lock")
                    .isTrue();
        }
        expiredSessions.deleteExpired();
        assertThat(rowExists(id)).as("once this node may run the job").isFalse();
    }

    /** The session id in the browser's cookie (Spring Session writes it in Base64). */
    static String sessionId(Visitor browser) {
        String value = browser.cookie(COOKIE).orElseThrow(() -> new AssertionError("no session cookie"));
        return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }

    boolean rowExists(String id) {
        return jdbc.sql("select count(*) from web_session where session_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<String> principalOf(String id) {
        return jdbc.sql("select principal_name from web_session where session_id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Set<String> sessionIds() {
        return new HashSet<>(jdbc.sql("select session_id from web_session")
                .query(String.class)
                .list());
    }

    static byte[] serialised(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
