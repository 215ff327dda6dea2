package org.kompanjoner.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.shared.Unavailable;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.ListingMother;
import org.kompanjoner.support.SiteTest;
import org.kompanjoner.support.TestPeople.Someone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A listing published while the search engine did not answer is found once it answers again. */
@IntegrationTest
@Import(RetryFailedIndexChangesIntegrationTests.Flaky.class)
class RetryFailedIndexChangesIntegrationTests extends SiteTest {

    static final AtomicBoolean DOWN = new AtomicBoolean();

    /** The real search index, behind a switch that makes every change fail as a cluster that is down. */
    @TestConfiguration
    static class Flaky {
        @Bean
        static BeanPostProcessor flakySearch() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof SearchIndex index)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(
                            SearchIndex.class.getClassLoader(),
                            new Class<?>[] {SearchIndex.class},
                            (proxy, method, arguments) -> {
                                if (DOWN.get() && !method.getName().equals("search")) {
                                    throw new Unavailable(
                                            "The search engine is down", new IOException("Connection refused"));
                                }
                                try {
                                    return method.invoke(index, arguments);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            };
        }
    }

    @Autowired
    SearchIndex index;

    @Autowired
    RetryFailedIndexChanges retry;

    @AfterEach
    void up() {
        DOWN.set(false);
    }

    @Test
    void aListingPublishedWhileTheEngineWasDownIsFoundOnceItAnswersAgain() {
        DOWN.set(true);
        Someone owner = people.member("Rut Retur");
        long id = postings.saveDraft(owner.id(), ListingMother.content("Söker återbrukade cykelramar"));
        if (postings.submit(id, owner.id()) == ListingState.PENDING_REVIEW) {
            postings.approve(id, people.coordinator("Greta Granskare").id());
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> failedIndexChanges() > 0);

        retry.retry();
        assertThat(found("cykelramar")).isEmpty();

        DOWN.set(false);
        retry.retry();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> found("cykelramar").contains(id));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> failedIndexChanges() == 0);
    }

    long failedIndexChanges() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and listener_id like '%ListingIndexer%'")
                .query(Long.class)
                .single();
    }

    List<Long> found(String words) {
        return index.search(new SearchQuery(
                        "listings", words, Map.of(), List.of(), SearchQuery.Order.RELEVANCE, 0, 10, LocalDate.now()))
                .ids();
    }
}
