package org.kompanjoner.listings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.kompanjoner.KompanjonerApplication;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.accounts.internal.Credentials;
import org.kompanjoner.listings.internal.ListingContent;
import org.kompanjoner.listings.internal.ListingIndexer;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.web.Languages;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first half of {@link ListingIndexCrashIntegrationTests}, run in a JVM of its own because it ends
 * by halting that JVM. One listing goes live and reaches the search index; then a second goes live, its
 * database commit succeeds, and the JVM halts the moment the index is about to learn of it, as kill -9
 * would: no shutdown hook runs, nothing the application holds is flushed or closed.
 */
public final class KilledBetweenCommitAndIndex {

    /** The exit status of a JVM halted between the database commit and the index write. */
    static final int HALTED_BEFORE_THE_INDEX_WRITE = 86;
    /** The exit status when the listing went live but the index was never asked to take it. */
    static final int THE_INDEX_WRITE_NEVER_CAME = 3;

    static final String INDEXED_TITLE = "Erbjuder mentorskap för unga företagare";
    static final String LOST_TITLE = "Söker praktikplatser i Vetlanda";

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private KilledBetweenCommitAndIndex() {}

    /** {@code args} are the application's settings, as {@code --name=value}. */
    public static void main(String[] args) throws InterruptedException {
        AtomicBoolean killArmed = new AtomicBoolean();
        ApplicationContextInitializer<ConfigurableApplicationContext> killOnIndexWrite =
                context -> context.getBeanFactory().addBeanPostProcessor(new KillSwitch(killArmed));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KompanjonerApplication.class)
                .initializers(killOnIndexWrite)
                .run(args);

        Credentials credentials = app.getBean(Credentials.class);
        String hash = app.getBean(PasswordEncoder.class).encode("ett-lösenord-ingen-använder-2026");
        long poster = credentials.createVerified(
                "Petra Persson", "petra.persson@test.kompanjoner.se", hash, Languages.SWEDISH);
        long coordinator = credentials.createVerified(
                "Karl Koordinator", "karl.koordinator@test.kompanjoner.se", hash, Languages.SWEDISH, Role.COORDINATOR);
        Postings postings = app.getBean(Postings.class);
        SearchIndex index = app.getBean(SearchIndex.class);

        // The poster's first listing waits for review; a coordinator lets it out.
        long indexed = postings.saveDraft(poster, content(INDEXED_TITLE, postings));
        postings.submit(indexed, poster);
        postings.approve(indexed, coordinator);
        // The index must hold a listing before the crash: the start-up rebuild only fills an empty index,
        // so only the event publication registry can repair what the crash leaves behind.
        awaitIndexed(index, indexed, postings);
        // Everything owed before the crash is handled first, so that afterwards the registry owes exactly
        // the index update the crash interrupted.
        awaitNothingOutstanding(app.getBean(JdbcClient.class));

        killArmed.set(true);
        // A poster who has been published before goes live at once.
        long lost = postings.saveDraft(poster, content(LOST_TITLE, postings));
        ListingState state = postings.submit(lost, poster);
        System.out.println("Listing " + lost + " is " + state + " in the database; waiting for the kill");

        Thread.sleep(PATIENCE.toMillis());
        System.out.println("The index was never asked to take listing " + lost);
        System.exit(THE_INDEX_WRITE_NEVER_CAME);
    }

    private static ListingContent content(String title, Postings postings) {
        return new ListingContent(
                Category.COMPETENCE,
                Direction.SEEKING,
                title,
                "Vi söker kompetens inom kompetensförsörjning för små företag.",
                "Vi är ett litet företag i **Jönköping**.",
                List.of("4", "8"),
                List.of("academia"),
                List.of("rekrytering", "praktik"),
                PlaceKind.MUNICIPALITY,
                "0680",
                null,
                "sv",
                postings.today().plusDays(60));
    }

    private static void awaitIndexed(SearchIndex index, long listingId, Postings postings) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!everything(index, postings).ids().contains(listingId)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Listing " + listingId + " never reached the index");
            }
            Thread.sleep(50);
        }
    }

    private static void awaitNothingOutstanding(JdbcClient jdbc) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class)
                        .single()
                > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Event publications are still outstanding after " + PATIENCE);
            }
            Thread.sleep(50);
        }
    }

    static SearchResults everything(SearchIndex index, Postings postings) {
        return index.search(new SearchQuery(
                ListingIndexer.COLLECTION,
                "",
                Map.of(),
                List.of(),
                SearchQuery.Order.NEWEST,
                0,
                1000,
                postings.today()));
    }

    /** Wraps the search index so that, once armed, the next write halts the JVM instead of happening. */
    private record KillSwitch(AtomicBoolean armed) implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof SearchIndex index ? new HaltingIndex(index, armed) : bean;
        }
    }

    private record HaltingIndex(SearchIndex delegate, AtomicBoolean armed) implements SearchIndex {

        @Override
        public void put(SearchDocument document) {
            if (armed.get()) {
                System.out.println("Killed before listing " + document.id() + " reached the index");
                System.out.flush();
                Runtime.getRuntime().halt(HALTED_BEFORE_THE_INDEX_WRITE);
            }
            delegate.put(document);
        }

        @Override
        public void remove(String collection, long id) {
            delegate.remove(collection, id);
        }

        @Override
        public void replaceAll(String collection, Stream<SearchDocument> documents) {
            delegate.replaceAll(collection, documents);
        }

        @Override
        public long size(String collection) {
            return delegate.size(collection);
        }

        @Override
        public SearchResults search(SearchQuery query) {
            return delegate.search(query);
        }
    }
}
