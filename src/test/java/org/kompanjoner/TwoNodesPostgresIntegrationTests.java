package org.kompanjoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.internal.ExpiryJob;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.shared.SecretToken;
import org.kompanjoner.support.ListingMother;
import org.kompanjoner.support.OpenSearchTestNode;
import org.kompanjoner.support.PostgresDatabase;
import org.kompanjoner.support.SecondNode;
import org.kompanjoner.support.TestPeople;
import org.kompanjoner.support.Visitor;
import org.kompanjoner.web.Languages;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The proof of what several nodes share: two complete nodes of the platform (node A and node B, each with
 * its own web server, memory and data folder) on one PostgreSQL database and one OpenSearch, run as a
 * country runs them ({@code kompanjoner.sessions=jdbc}, {@code kompanjoner.rate-limits=database}, {@code
 * kompanjoner.search=opensearch}, behind a reverse proxy), and people talking to them over real HTTP as a
 * load balancer spreads their requests. Whatever a person does on one node holds on the other: their
 * session, what they publish, the failed sign-ins counted against them, and an hourly job that runs once
 * however many nodes start it.
 *
 * <p>The two nodes start once for the class and are stopped after it. They share the test database with
 * the other PostgreSQL tests, so everything here is made under names of its own (people, words, a client
 * address); the search indices have a prefix of their own and are deleted afterwards.
 */
@PostgresDatabase.Required
class TwoNodesPostgresIntegrationTests {

    /** How soon a listing published on one node must be found on the other. */
    private static final Duration FOUND_WITHIN = Duration.ofSeconds(1);

    private static long classStarted;
    private static Path dataDirs;
    private static String indexPrefix;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static int portA;
    private static int portB;
    private static JdbcClient jdbc;
    private static String passwordHash;

    @BeforeAll
    static void startTwoNodes() {
        classStarted = System.nanoTime();
        String run = UUID.randomUUID().toString();
        dataDirs = Path.of("target", "test-data", "two-nodes-" + run);
        indexPrefix = "two-nodes-" + run;
        String openSearch = OpenSearchTestNode.url();
        // One after the other, as nodes are rolled out: the first migrates the database and fills the
        // search indices, the second finds both in place.
        nodeA = start("a", openSearch);
        nodeB = start("b", openSearch);
        portA = SecondNode.port(nodeA);
        portB = SecondNode.port(nodeB);
        jdbc = nodeA.getBean(JdbcClient.class);
        passwordHash = nodeA.getBean(PasswordEncoder.class).encode(TestPeople.PASSWORD);
        System.out.printf(
                "Two nodes: A on port %d, B on port %d, started in %d ms (OpenSearch indices %s-*)%n",
                portA, portB, millisSince(classStarted), indexPrefix);
    }

    private static ConfigurableApplicationContext start(String name, String openSearch) {
        return new SpringApplicationBuilder(KompanjonerApplication.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + System.getenv(PostgresDatabase.URL),
                        "--spring.datasource.username=" + environment("KOMPANJONER_TEST_DB_USER", "kompanjoner"),
                        "--spring.datasource.password=" + environment("KOMPANJONER_TEST_DB_PASSWORD", "kompanjoner"),
                        "--server.port=0",
                        "--kompanjoner.data-dir=" + dataDirs.resolve(name).toAbsolutePath(),
                        "--kompanjoner.sessions=jdbc",
                        "--kompanjoner.rate-limits=database",
                        "--kompanjoner.search=opensearch",
                        "--kompanjoner.opensearch.url=" + openSearch,
                        "--kompanjoner.opensearch.index-prefix=" + indexPrefix,
                        // Behind a reverse proxy, as several nodes run: limits count the client it names.
                        "--server.forward-headers-strategy=native",
                        // The tests start the hourly job themselves; the clock must not start a third run.
                        "--kompanjoner.listings.expiry-cron=-");
    }

    @AfterAll
    static void stopBothNodes() {
        try {
            if (jdbc != null) {
                // What the tests changed is handled before the nodes stop (the search index follows each
                // change after its commit), so that no later test's node starts with work left by these.
                awaitNoUnfinishedPublications(Duration.ofSeconds(10));
            }
            if (nodeB != null) {
                nodeB.close();
            }
        } finally {
            if (nodeA != null) {
                nodeA.close();
            }
            deleteIndices();
            deleteDataDirs();
            System.out.printf("Two nodes: the test class took %d ms%n", millisSince(classStarted));
        }
    }

    @Test
    void aPersonSignedInOnNodeAGoesOnOnNodeBWithTheSameCookie() {
        String name = "Nodvandrare " + letters(6);
        String email = person(name, "two-nodes-session");
        Visitor onA = new Visitor(portA);
        assertThat(onA.signIn(email, TestPeople.PASSWORD))
                .as("signed in on node A")
                .isTrue();
        String cookie = onA.cookie("SESSION").orElseThrow(() -> new AssertionError("no session cookie from A"));

        Visitor onB = onA.on(portB);
        Visitor.Response account = onB.get(AccountRoutes.MY_ACCOUNT);
        assertThat(account.status()).as("my account on node B").isEqualTo(200);
        assertThat(account.body()).contains(email).contains(name).contains("name=\"_csrf\"");

        // A tampered form token is refused on B: B checks the token against the session it read back.
        String renamed = "Omdöpt på B " + letters(6);
        Visitor.Response forged =
                onB.post(AccountRoutes.MY_PROFILE, "_csrf", "not-the-token", "displayName", renamed, "language", "sv");
        assertThat(forged.status()).as("a change with a forged token").isEqualTo(403);
        assertThat(displayNameOf(email)).isEqualTo(name);

        // The token of the page B served (the visitor sends the last one it was given).
        onB.get(AccountRoutes.MY_ACCOUNT);
        Visitor.Response saved = onB.post(AccountRoutes.MY_PROFILE, "displayName", renamed, "language", "sv");
        assertThat(saved.status()).as("the profile saved on node B").isEqualTo(302);
        assertThat(saved.location()).endsWith(AccountRoutes.MY_ACCOUNT);
        assertThat(displayNameOf(email)).isEqualTo(renamed);
        assertThat(onB.cookie("SESSION")).as("one session throughout").contains(cookie);

        Visitor.Response backOnA = onA.get(AccountRoutes.MY_ACCOUNT);
        assertThat(backOnA.status()).as("my account on node A again").isEqualTo(200);
        assertThat(backOnA.body()).contains(renamed);
    }

    @Test
    void aListingPublishedOnNodeAIsFoundBySearchingOnNodeBWithinASecond() {
        String email = person("Annonsör " + letters(6), "two-nodes-search");
        Visitor poster = new Visitor(portA);
        assertThat(poster.signIn(email, TestPeople.PASSWORD)).isTrue();
        // A poster's first listing waits for review; once one is published, the next goes out at once.
        String firstWord = uniqueWord();
        String firstTitle = "Första annonsen om " + firstWord;
        long first = postListing(poster, firstTitle);
        assertThat(stateOf(first)).isEqualTo("PENDING_REVIEW");
        nodeA.getBean(Postings.class).approve(first, TestPeople.reviewer(nodeA.getBean(Credentials.class)));
        // Not timed: on an empty search engine the collection's index is being made now, and node B's first
        // search waits for the word forms to load. The listing timed below meets an index in step.
        Visitor searcher = new Visitor(portB);
        awaitListed(searcher, firstWord, first, firstTitle, Duration.ofSeconds(30));

        String word = uniqueWord();
        String search = searchFor(word);
        String title = "Samverkan kring " + word;
        Visitor.Response before = searcher.get(search);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).as("node B's results before it is published").doesNotContain(title);

        long sent = System.nanoTime();
        long id = postListing(poster, title);
        long answered = System.nanoTime();
        assertThat(stateOf(id)).as("published as node A answered").isEqualTo("PUBLISHED");

        long deadline = answered + FOUND_WITHIN.toNanos();
        Long found = null;
        int searches = 0;
        while (found == null && System.nanoTime() < deadline) {
            Visitor.Response page = searcher.get(search);
            searches++;
            assertThat(page.status()).as("the search page on node B").isEqualTo(200);
            if (lists(page, id, title)) {
                found = System.nanoTime();
            }
        }
        System.out.printf(
                "Two nodes: the listing published on node A was found by a search on node B %s"
                        + " (%d searches on B; A took %d ms to publish it)%n",
                found == null
                        ? "not within " + FOUND_WITHIN.toMillis() + " ms"
                        : (found - answered) / 1_000_000 + " ms after A answered, " + (found - sent) / 1_000_000
                                + " ms after the listing was sent",
                searches,
                (answered - sent) / 1_000_000);
        assertThat(found)
                .as("listing %d in node B's search results within %s of node A publishing it", id, FOUND_WITHIN)
                .isNotNull();
    }

    @Test
    void failedSignInsSpreadOverBothNodesHoldTheNextTryBackOnBoth() {
        String email = person("Gissad " + letters(6), "two-nodes-throttle");
        // One client behind the reverse proxy, whose failures the load balancer spreads over both nodes.
        String client = "10.99." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);
        Visitor guesser = new Visitor(portA).from(client);
        guesser.get(AccountRoutes.SIGN_IN);

        int onA = 0;
        int onB = 0;
        for (int attempt = 1; attempt <= 5; attempt++) {
            boolean nodeAsTurn = attempt % 2 == 1;
            Visitor.Response failed = guesser.on(nodeAsTurn ? portA : portB)
                    .post(AccountRoutes.SIGN_IN, "email", email, "password", "fel-lösenord-" + attempt);
            assertThat(failed.status())
                    .as("wrong password %d, on node %s", attempt, nodeAsTurn ? "A" : "B")
                    .isEqualTo(401);
            if (nodeAsTurn) {
                onA++;
            } else {
                onB++;
            }
        }
        // Neither node alone saw the five failures that are free; together they did, and the database
        // counted them against this account from this client.
        assertThat(onA).isEqualTo(3);
        assertThat(onB).isEqualTo(2);
        assertThat(jdbc.sql("select failures from accounts_sign_in_failure where pair_hash = ?")
                        .param(SecretToken.hashOf(email + "|" + client))
                        .query(Integer.class)
                        .single())
                .as("failures counted for the account and the client")
                .isEqualTo(5);

        // The next try waits, on both nodes, even with the right password.
        for (int port : List.of(portB, portA)) {
            Visitor.Response held =
                    guesser.on(port).post(AccountRoutes.SIGN_IN, "email", email, "password", TestPeople.PASSWORD);
            String node = port == portA ? "A" : "B";
            assertThat(held.status())
                    .as("the next try on node %s: %s", node, held)
                    .isEqualTo(429);
            assertThat(held.header("Retry-After")).as("on node " + node).isPresent();
            assertThat(held.body()).contains("För många misslyckade inloggningar");
        }
        assertThat(guesser.hasCookie("SESSION")).isTrue();
        assertThat(principalOf(guesser)).as("nobody signed in").isNull();
    }

    @Test
    void theHourlyExpiryJobStartedOnBothNodesAtOnceRunsOnOne() throws Exception {
        Postings postings = nodeA.getBean(Postings.class);
        Credentials credentials = nodeA.getBean(Credentials.class);
        String email = person("Ägare " + letters(6), "two-nodes-expiry");
        long owner = idOf(email);
        long reviewer = TestPeople.reviewer(credentials);
        String word = letters(8);
        long past = publishedListing(postings, owner, reviewer, "Annons vars sista dag har passerat " + word);
        String soonTitle = "Annons som snart går ut " + word;
        long soon = publishedListing(postings, owner, reviewer, soonTitle);
        LocalDate today = postings.today();
        setLastDay(past, today.minusDays(2));
        setLastDay(soon, today.plusDays(3));
        assertThat(jdbc.sql("select count(*) from listings_listing where id = ? and state = 'PUBLISHED' and"
                                + " expires_on < ?")
                        .params(past, Date.valueOf(today))
                        .query(Integer.class)
                        .single())
                .as("the listing is one the job expires")
                .isEqualTo(1);

        // Through each node's own bean, so that each node's ShedLock decides whether its run may go ahead.
        List<ExpiryJob> jobs = List.of(nodeA.getBean(ExpiryJob.class), nodeB.getBean(ExpiryJob.class));
        List<String> nodes = List.of("A", "B");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        int skipped;
        try {
            // The test holds the past listing's row while both runs start: the run that takes the job's lock
            // waits for the row inside the job, so that it still holds the lock when the other run asks for
            // it, however quick the job would otherwise be. The run that comes back meanwhile never entered
            // the job: had it run, it too would wait for the row.
            try (Connection held = rowHeld(past)) {
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                for (ExpiryJob job : jobs) {
                    runs.add(threads.submit(() -> {
                        ready.countDown();
                        go.await();
                        job.run();
                        return null;
                    }));
                }
                assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                skipped = firstDone(runs, Duration.ofSeconds(30));
                runs.get(skipped).get();
                int ran = 1 - skipped;
                assertThat(runs.get(ran).isDone())
                        .as(
                                "node %s's run, inside the job while node %s's came back",
                                nodes.get(ran), nodes.get(skipped))
                        .isFalse();
                held.rollback();
            }
            runs.get(1 - skipped).get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        System.out.printf(
                "Two nodes: the expiry job ran on node %s; node %s's run was skipped by the lock%n",
                nodes.get(1 - skipped), nodes.get(skipped));

        assertThat(stateOf(past)).isEqualTo("EXPIRED");
        assertThat(jdbc.sql("select count(*) from listings_state_change where listing_id = ? and to_state = 'EXPIRED'")
                        .param(past)
                        .query(Integer.class)
                        .single())
                .as("times the listing was expired")
                .isEqualTo(1);

        String subject = nodeA.getBean(MessageSource.class)
                .getMessage("listings.mail.reminder.subject", new Object[] {soonTitle}, Languages.SWEDISH);
        assertThat(jdbc.sql("select count(*) from notifications_mail where recipient = ? and subject = ?")
                        .params(email, subject)
                        .query(Integer.class)
                        .single())
                .as("reminders mailed to the owner")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notifications_notice where person_id = ? and message_key = ?")
                        .params(owner, "listings.mail.reminder.subject")
                        .query(Integer.class)
                        .single())
                .as("reminders shown to the owner in the app")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from listings_renewal where listing_id = ?")
                        .param(soon)
                        .query(Integer.class)
                        .single())
                .as("renewal links made")
                .isEqualTo(1);
    }

    // ---- people and listings

    /** A verified person with the test password; their address. */
    private static String person(String name, String prefix) {
        String email = TestPeople.uniqueEmail(prefix);
        nodeA.getBean(Credentials.class).createVerified(name, email, passwordHash, Languages.SWEDISH);
        return email;
    }

    private static long idOf(String email) {
        return jdbc.sql("select id from accounts_person where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private static String displayNameOf(String email) {
        return jdbc.sql("select display_name from accounts_person where email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    /** Who the visitor's session is signed in as, as the database holds it; null when nobody. */
    private static String principalOf(Visitor visitor) {
        String id = new String(
                java.util.Base64.getDecoder().decode(visitor.cookie("SESSION").orElseThrow()),
                java.nio.charset.StandardCharsets.UTF_8);
        return jdbc.sql("select principal_name from web_session where session_id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Posts a listing through the form, as a member sends it out; its id. */
    private static long postListing(Visitor poster, String title) {
        poster.get(ListingRoutes.NEW);
        Visitor.Response response = poster.post(
                ListingRoutes.NEW,
                "direction",
                "OFFERING",
                "category",
                "COLLABORATION",
                "title",
                title,
                "summary",
                "Vi söker partner för ett gemensamt projekt i länet.",
                "description",
                "Vi är en förening i **Jönköping**.",
                "challenges",
                "11",
                "tags",
                "samverkan",
                "placeKind",
                "MUNICIPALITY",
                "municipality",
                "0680",
                "language",
                "sv",
                "expiresOn",
                LocalDate.now().plusDays(60).toString(),
                "action",
                "submit");
        assertThat(response.status()).as("the listing form: %s", response).isEqualTo(302);
        assertThat(response.location()).contains(ListingRoutes.LISTINGS + "/");
        return Long.parseLong(response.location().substring(response.location().lastIndexOf('/') + 1));
    }

    /** A word found in nothing but what it is put in. */
    private static String uniqueWord() {
        return "xq" + letters(10);
    }

    private static String searchFor(String word) {
        return ListingRoutes.LISTINGS + "?q=" + word;
    }

    /** Whether a search page lists the listing: its link and its title. */
    private static boolean lists(Visitor.Response page, long id, String title) {
        return page.body().contains("href=\"" + ListingRoutes.listing(id) + "\"")
                && page.body().contains(title);
    }

    /** Searches for {@code word} on the visitor's node until the listing is listed. */
    private static void awaitListed(Visitor searcher, String word, long id, String title, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        Visitor.Response page = null;
        while (System.nanoTime() < deadline) {
            page = searcher.get(searchFor(word));
            if (page.status() == 200 && lists(page, id, title)) {
                return;
            }
            sleep(Duration.ofMillis(50));
        }
        throw new AssertionError("Listing " + id + " was not found within " + within + "; last answer " + page);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long publishedListing(Postings postings, long owner, long reviewer, String title) {
        long id = postings.saveDraft(owner, ListingMother.content(title));
        postings.submit(id, owner);
        if ("PENDING_REVIEW".equals(stateOf(id))) {
            postings.approve(id, reviewer);
        }
        assertThat(stateOf(id)).isEqualTo("PUBLISHED");
        return id;
    }

    private static String stateOf(long listing) {
        return jdbc.sql("select state from listings_listing where id = ?")
                .param(listing)
                .query(String.class)
                .single();
    }

    private static void setLastDay(long listing, LocalDate day) {
        jdbc.sql("update listings_listing set expires_on = ? where id = ?")
                .params(Date.valueOf(day), listing)
                .update();
    }

    /**
     * The listing's row locked by a transaction of the test's own, until it is rolled back or the
     * connection closed (the pool rolls back what a returned connection left open).
     */
    private static Connection rowHeld(long listing) throws SQLException {
        Connection connection = nodeA.getBean(DataSource.class).getConnection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement lock =
                    connection.prepareStatement("select id from listings_listing where id = ? for update")) {
                lock.setLong(1, listing);
                lock.executeQuery().close();
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** The index of the first of {@code futures} to finish. */
    private static int firstDone(List<Future<?>> futures, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < futures.size(); i++) {
                if (futures.get(i).isDone()) {
                    return i;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("Neither run came back within " + within + ": both entered the job");
    }

    // ---- small things

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void awaitNoUnfinishedPublications(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline
                && jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Integer.class)
                                .single()
                        > 0) {
            sleep(Duration.ofMillis(50));
        }
    }

    /** Deletes this class's indices from the shared test node, which lives as long as the test JVM. */
    private static void deleteIndices() {
        if (indexPrefix == null) {
            return;
        }
        HttpClient http = HttpClient.newHttpClient();
        try {
            String base = OpenSearchTestNode.url();
            List<String> names = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/_cat/indices/" + indexPrefix + "-*?h=index"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body()
                    .lines()
                    .map(String::strip)
                    .filter(line -> line.startsWith(indexPrefix))
                    .toList();
            if (!names.isEmpty()) {
                int status = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/" + String.join(",", names)))
                                        .DELETE()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                System.out.printf("Two nodes: deleting the OpenSearch indices %s answered %d%n", names, status);
            }
        } catch (IOException e) {
            // The node and its data go when the test JVM ends.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteDataDirs() {
        if (dataDirs == null || !Files.exists(dataDirs)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDirs)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // What is left under target/ goes with the next clean.
        }
    }
}
