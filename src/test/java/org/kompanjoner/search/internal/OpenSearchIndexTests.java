package org.kompanjoner.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.shared.Unavailable;
import org.kompanjoner.support.OpenSearchTestNode;

/** The OpenSearch adapter on a real node, each test under index names of its own. */
class OpenSearchIndexTests extends SearchIndexContract {

    String prefix;
    OpenSearchIndex openSearch;

    @Override
    SearchIndex engine() {
        prefix = "test-" + UUID.randomUUID();
        openSearch = new OpenSearchIndex(new OpenSearchSettings(OpenSearchTestNode.url(), null, null, prefix));
        return openSearch;
    }

    @AfterEach
    void close() throws Exception {
        openSearch.destroy();
    }

    @Test
    void searchesAnswerFromTheOldIndexWhileARebuildFillsTheNewAndChangesMeanwhileReachBoth() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        // 1,200 new documents, read slowly; past the first bulk request the rebuild waits for the test.
        var newDocuments = LongStream.range(1000, 2200).mapToObj(id -> {
            if (id == 1600) {
                halfway.countDown();
                await(goOn);
            }
            return document(id, "Cykelverkstad nummer " + id, "Lagar cyklar.", "COLLABORATION", "OFFERING", 10);
        });
        CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> index.replaceAll("listings", newDocuments));
        assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();

        // Searches still answer from the old documents, and see none of the new ones.
        assertThat(find("kompetens", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .contains(1L);
        assertThat(find("cykelverkstad", Map.of(), SearchQuery.Order.RELEVANCE).total())
                .isZero();
        assertThat(find("", Map.of(), SearchQuery.Order.NEWEST).total()).isEqualTo(3);
        // Changes made now: a new document, a newer version of one the rebuild has yet to send, and the
        // removal of one it has already sent.
        index.put(document(5000, "Söker snickare", "Till hyvelbänken.", "COMPETENCE", "SEEKING", 20));
        index.put(document(1900, "Nyare text om tandem", "Ändrad.", "COLLABORATION", "OFFERING", 10));
        index.remove("listings", 1000);
        assertThat(find("snickare", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .containsExactly(5000L);
        goOn.countDown();
        rebuild.get(120, TimeUnit.SECONDS);

        assertThat(find("kompetens", Map.of(), SearchQuery.Order.RELEVANCE).total())
                .isZero();
        assertThat(find("cykelverkstad", Map.of(), SearchQuery.Order.RELEVANCE).total())
                .isEqualTo(1198);
        assertThat(find("snickare", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .containsExactly(5000L);
        assertThat(find("tandem", Map.of(), SearchQuery.Order.RELEVANCE).ids()).containsExactly(1900L);
        assertThat(index.size("listings")).isEqualTo(1200);
        // The old index is gone: one index is left, under the alias.
        assertThat(indices()).hasSize(1);
    }

    @Test
    void aRebuildThatFailsLeavesTheOldIndexAnswering() {
        var failing = LongStream.range(1000, 1100).mapToObj(id -> {
            if (id == 1050) {
                throw new IllegalStateException("The database went away");
            }
            return document(id, "Cykelverkstad " + id, "Lagar cyklar.", "COLLABORATION", "OFFERING", 10);
        });
        // The database's failure is told as it is; the half-filled new index is deleted.
        assertThatThrownBy(() -> index.replaceAll("listings", failing)).hasMessage("The database went away");
        assertThat(find("kompetens", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .contains(1L);
        assertThat(find("cykelverkstad", Map.of(), SearchQuery.Order.RELEVANCE).total())
                .isZero();
        assertThat(indices()).hasSize(1);
    }

    @Test
    void aCollectionNeverWrittenIsEmptyAndIsCreatedByItsFirstDocument() {
        assertThat(index.size("events")).isZero();
        SearchQuery anything =
                new SearchQuery("events", "", Map.of(), List.of("category"), SearchQuery.Order.NEWEST, 0, 10, TODAY);
        assertThat(index.search(anything).total()).isZero();
        index.put(new SearchDocument(
                "events", 7, "Frukostmöte", "", Map.of("category", List.of("MEETING")), null, TODAY));
        assertThat(index.search(anything).ids()).containsExactly(7L);
        assertThat(index.search(anything).count("category", "MEETING")).isEqualTo(1);
    }

    @Test
    void aClusterThatDoesNotAnswerMakesTheSearchUnavailable() throws Exception {
        OpenSearchIndex nowhere =
                new OpenSearchIndex(new OpenSearchSettings("http://127.0.0.1:1", null, null, "kompanjoner"));
        try {
            assertThatThrownBy(() -> nowhere.search(new SearchQuery(
                            "listings", "kompetens", Map.of(), List.of(), SearchQuery.Order.RELEVANCE, 0, 10, TODAY)))
                    .isInstanceOf(Unavailable.class)
                    .hasMessageContaining("http://127.0.0.1:1");
            assertThatThrownBy(() -> nowhere.put(document(1, "Titel", "Text", "COMPETENCE", "SEEKING", 1)))
                    .isInstanceOf(Unavailable.class);
        } finally {
            nowhere.destroy();
        }
    }

    static SearchDocument document(
            long id, String title, String body, String category, String direction, int daysLeft) {
        return document(id, title, body, category, direction, List.of("9"), daysLeft, 5);
    }

    /** The concrete indices of the listings collection under this test's prefix. */
    List<String> indices() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(OpenSearchTestNode.url() + "/_cat/indices/" + prefix
                                            + "-listings-*?h=index"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.body()
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test did not let the rebuild go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
