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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
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
        CompletableFuture<Void> rebuild = CompletableFuture.runAsync(
                () -> index.replaceAll("listings", newDocuments), Executors.newSingleThreadExecutor());
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
    void aRebuildThatFailsLeavesTheOldIndexAnswering() throws Exception {
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
    void aRebuildThatAStoppedNodeLeftHalfwayIsTakenOverAndCleanedUp() throws Exception {
        // A node stopped while it rebuilt, long ago: its half-filled index still holds the rebuilding alias.
        String abandoned = prefix + "-listings-20000101000000000";
        send("PUT", "/" + abandoned, "{\"aliases\": {\"" + prefix + "-listings-rebuilding\": {}}}");
        index.put(document(5, "Söker snickare", "Till hyvelbänken.", "COMPETENCE", "SEEKING", 20));
        assertThat(find("snickare", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .containsExactly(5L);

        index.replaceAll(
                "listings",
                LongStream.range(10, 20)
                        .mapToObj(id ->
                                document(id, "Cykelverkstad " + id, "Lagar cyklar.", "COLLABORATION", "OFFERING", 10)));

        assertThat(indices()).hasSize(1).doesNotContain(abandoned);
        index.put(document(30, "Söker murare", "Till bygget.", "COMPETENCE", "SEEKING", 20));
        assertThat(find("murare", Map.of(), SearchQuery.Order.RELEVANCE).ids()).containsExactly(30L);
        assertThat(index.size("listings")).isEqualTo(11);
    }

    @Test
    void twoNodesRebuildingAtOnceLeaveOneIndex() throws Exception {
        OpenSearchIndex other =
                new OpenSearchIndex(new OpenSearchSettings(OpenSearchTestNode.url(), null, null, prefix));
        try {
            CountDownLatch bothRead = new CountDownLatch(2);
            // Two threads of their own: the common pool may have one on two cores.
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            var first = CompletableFuture.runAsync(() -> index.replaceAll("listings", rebuilt(bothRead)), nodes);
            var second = CompletableFuture.runAsync(() -> other.replaceAll("listings", rebuilt(bothRead)), nodes);
            nodes.shutdown();
            first.get(120, TimeUnit.SECONDS);
            second.get(120, TimeUnit.SECONDS);
            assertThat(indices()).hasSize(1);
            assertThat(find("cykelverkstad", Map.of(), SearchQuery.Order.RELEVANCE)
                            .total())
                    .isEqualTo(600);
            index.put(document(5000, "Söker snickare", "Till hyvelbänken.", "COMPETENCE", "SEEKING", 20));
            assertThat(find("snickare", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                    .containsExactly(5000L);
        } finally {
            other.destroy();
        }
    }

    /** 600 documents; the last waits until the other rebuild has read all of its own too. */
    private static Stream<SearchDocument> rebuilt(CountDownLatch bothRead) {
        return LongStream.range(1000, 1600).mapToObj(id -> {
            if (id == 1599) {
                bothRead.countDown();
                await(bothRead);
            }
            return document(id, "Cykelverkstad nummer " + id, "Lagar cyklar.", "COLLABORATION", "OFFERING", 10);
        });
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
    List<String> indices() throws Exception {
        return send("GET", "/_cat/indices/" + prefix + "-listings-*?h=index", null)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** A request straight to the node, as an operator (or another program) would send it. */
    static String send(String method, String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(OpenSearchTestNode.url() + path))
                                .header("Content-Type", "application/json")
                                .method(
                                        method,
                                        json == null
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return response.body();
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
