package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kompanjoner.KompanjonerApplication;
import org.kompanjoner.listings.internal.ListingIndexer;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.support.Visitor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * The search index and the database agree after the application is killed between the two writes of a
 * listing going live (the database commit, then the index update) and started again. The kill is real:
 * a JVM of its own ({@link KilledBetweenCommitAndIndex}) halts inside the index write, and the restart
 * runs on the same database file and index folder.
 */
class ListingIndexCrashIntegrationTests {

    private static final Duration KILLED_RUN_LIMIT = Duration.ofMinutes(4);
    private static final Duration REPAIR_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aListingCommittedButNotIndexedWhenTheProcessDiedIsFoundAfterTheRestart() throws Exception {
        Path killedRunLog = dataDir.resolve("killed-run.log");
        try {
            int exit = runUntilKilled(killedRunLog);
            assertThat(exit)
                    .as("exit status of the run that should die between the two writes")
                    .isEqualTo(KilledBetweenCommitAndIndex.HALTED_BEFORE_THE_INDEX_WRITE);

            long lost;
            try (Connection db = DriverManager.getConnection(databaseUrl(), "sa", "")) {
                JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(db, true));
                lost = idOf(jdbc, KilledBetweenCommitAndIndex.LOST_TITLE);
                assertThat(stateOf(jdbc, lost))
                        .as("the database commit survived the kill")
                        .isEqualTo("PUBLISHED");
                assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and listener_id like '%ListingIndexer%'"
                                        + " and event_type like '%ListingPublished'")
                                .query(Long.class)
                                .single())
                        .as("the index update is still owed in the event publication registry")
                        .isEqualTo(1);
            }
            // The index is not empty, so the start-up rebuild (which only fills an empty index) cannot be
            // what repairs it: the owed event must be handled again.
            assertThat(documentsOnDisk())
                    .as("listings in the index when the process died")
                    .isEqualTo(1);

            try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(KompanjonerApplication.class)
                    .main(KompanjonerApplication.class)
                    // Closed by this test; a hook would outlive it in the shared test JVM.
                    .registerShutdownHook(false)
                    // The owed index write takes a while, as it does with many listings owed after a crash.
                    .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new SlowIndexWrites()))
                    .run(settings().toArray(String[]::new))) {
                SearchIndex index = restarted.getBean(SearchIndex.class);
                Postings postings = restarted.getBean(Postings.class);
                JdbcClient jdbc = restarted.getBean(JdbcClient.class);
                Visitor balancer =
                        new Visitor(Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port")));
                assertThat(balancer.get("/actuator/health/readiness").status())
                        .as("readiness while the index still owes the listing")
                        .isEqualTo(503);
                await().atMost(REPAIR_LIMIT)
                        .until(() -> balancer.get("/actuator/health/readiness").status() == 200);
                // Ready means caught up: from the first moment it says so, search finds what was published.
                assertThat(index.search(wordsQuery("praktikplatser Vetlanda", postings))
                                .ids())
                        .as("found by a search as soon as the restarted node is ready")
                        .containsExactly(lost);
                assertThat(KilledBetweenCommitAndIndex.everything(index, postings)
                                .ids())
                        .as("live listings in the index, against the published ones in the database")
                        .containsExactlyInAnyOrderElementsOf(publishedIds(jdbc, postings));
            }
        } catch (Throwable failure) {
            System.out.println("----- output of the run that was to be killed -----");
            if (Files.exists(killedRunLog)) {
                System.out.println(Files.readString(killedRunLog, StandardCharsets.UTF_8));
            }
            throw failure;
        }
    }

    /** Makes every write to the search index take three seconds. */
    static final class SlowIndexWrites implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof SearchIndex index)) {
                return bean;
            }
            return java.lang.reflect.Proxy.newProxyInstance(
                    SearchIndex.class.getClassLoader(), new Class<?>[] {SearchIndex.class}, (proxy, method, args) -> {
                        if (method.getName().equals("put")) {
                            Thread.sleep(3000);
                        }
                        try {
                            return method.invoke(index, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    /** Runs {@link KilledBetweenCommitAndIndex} in a JVM of its own and returns its exit status. */
    private int runUntilKilled(Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // A JVM that starts quickly matters more here than one that runs fast for long.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KilledBetweenCommitAndIndex.class.getName());
        command.addAll(settings());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The machine's own settings (a production database, an SMTP host) must not reach the child.
        builder.environment().keySet().removeIf(name -> name.startsWith("KOMPANJONER_") || name.startsWith("SPRING_"));
        Process killedRun = builder.start();
        try {
            if (!killedRun.waitFor(KILLED_RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("The run that was to be killed still runs after " + KILLED_RUN_LIMIT);
            }
            return killedRun.exitValue();
        } finally {
            killedRun.destroyForcibly();
            killedRun.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Both runs are one installation: the same database file and index folder, nothing else shared. */
    private List<String> settings() throws IOException {
        return List.of(
                "--kompanjoner.data-dir=" + dataDir,
                "--spring.datasource.url=" + databaseUrl(),
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                "--kompanjoner.demo.enabled=false",
                "--kompanjoner.admin.email=",
                "--kompanjoner.base-url=http://localhost",
                "--kompanjoner.mail.retry-every=PT1H",
                "--spring.main.banner-mode=off");
    }

    /**
     * The embedded default's database address exactly as {@code application.properties} ships it, in the
     * test's data folder: whether its commits outlive a killed process is part of what is proved here.
     */
    private String databaseUrl() throws IOException {
        Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        // Only the data folder is ours; KOMPANJONER_DB_URL resolves to nothing, so its default is taken.
        return new PropertyPlaceholderHelper("${", "}", ":", null, false)
                .replacePlaceholders(
                        shipped.getProperty("spring.datasource.url"),
                        name -> name.equals("kompanjoner.data-dir") ? dataDir.toString() : null);
    }

    private long documentsOnDisk() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dataDir.resolve("index").resolve(ListingIndexer.COLLECTION));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    private static SearchQuery wordsQuery(String words, Postings postings) {
        return new SearchQuery(
                ListingIndexer.COLLECTION,
                words,
                Map.of(),
                List.of(),
                SearchQuery.Order.RELEVANCE,
                0,
                10,
                postings.today());
    }

    private static List<Long> publishedIds(JdbcClient jdbc, Postings postings) {
        return jdbc.sql("select id from listings_listing where state = 'PUBLISHED' and expires_on >= ?")
                .param(Date.valueOf(postings.today()))
                .query(Long.class)
                .list();
    }

    private static long idOf(JdbcClient jdbc, String title) {
        return jdbc.sql("select id from listings_listing where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    private static String stateOf(JdbcClient jdbc, long id) {
        return jdbc.sql("select state from listings_listing where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
