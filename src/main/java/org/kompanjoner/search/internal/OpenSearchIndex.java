package org.kompanjoner.search.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.shared.Unavailable;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.IndexOptions;
import org.opensearch.client.opensearch._types.mapping.TextProperty;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.indices.IndexSettings;
import org.opensearch.client.opensearch.indices.get_alias.IndexAliases;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.util.ObjectBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The search port on a shared OpenSearch cluster, for several nodes (chosen by {@code
 * kompanjoner.search=opensearch}). It answers as {@link LuceneSearchIndex} does, with the same fields and
 * the same query: the words of a title and a body with their Swedish word forms and Swedish and English
 * stems, all worked out here, on the platform, by {@link SwedishWordForms}. Each word travels as one token
 * ({@code skolor|skola|skol}) that the index's {@code word_forms} analyser splits into forms at one
 * position, so a word counts once towards the length of its field and its forms are scored as one word,
 * as in Lucene. The cluster needs no dictionary and no language analysis of its own.
 *
 * <p>Each collection is an index of its own, reached through the alias {@code <prefix>-<collection>}. A
 * rebuild fills a new index while searches go on answering from the old one, then swaps the alias in one
 * step and deletes every index of the collection that no alias reaches. While it fills, the new index
 * also carries the alias {@code <prefix>-<collection>-rebuilding}, and every change, from this node or
 * another, is written through both aliases, so that none is lost in the swap (see decision 15).
 *
 * <p>When the cluster cannot be reached or refuses, the port throws {@link Unavailable}: a search page
 * says to try again shortly, and an index change stays in the event publication registry.
 */
@Component
@ConditionalOnProperty(name = "kompanjoner.search", havingValue = "opensearch")
class OpenSearchIndex implements SearchIndex, DisposableBean {

    /** Facet values counted per facet: more than any facet has (Sweden has 290 municipalities). */
    private static final int FACET_VALUES = 2000;

    /** Documents sent in one bulk request during a rebuild. */
    private static final int BULK = 500;

    /** The deepest result a search may page to: the cluster's default {@code index.max_result_window}. */
    private static final int DEEPEST = 10_000;

    /** The analyser that splits a word's forms ({@code skolor|skola}) into tokens at one position. */
    private static final String FORMS = "word_forms";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT);
    private static final int STAMP_DIGITS = 17;

    /** A rebuild still holding its alias after this long was left by a stopped node: no rebuild takes so long. */
    private static final Duration STRAY_AFTER = Duration.ofHours(6);

    private final OpenSearchClient client;
    private final ApacheHttpClient5Transport transport;
    private final String url;
    private final String prefix;
    private final SearchTimer timer;

    /** For tests: the searches are timed apart from the application's metrics. */
    OpenSearchIndex(OpenSearchSettings settings) {
        this(settings, SearchTimer.unregistered());
    }

    @Autowired
    OpenSearchIndex(OpenSearchSettings settings, SearchTimer timer) {
        this.timer = timer;
        this.url = settings.url();
        this.prefix = settings.indexPrefix();
        this.transport = transport(settings);
        this.client = new OpenSearchClient(transport);
        // The dictionary loads in the background while the site starts; the first change or search waits.
        SwedishWordForms.loading();
    }

    private static ApacheHttpClient5Transport transport(OpenSearchSettings settings) {
        HttpHost host;
        try {
            host = HttpHost.create(settings.url());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("kompanjoner.opensearch.url is not an address: " + settings.url(), e);
        }
        ApacheHttpClient5TransportBuilder builder =
                ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper());
        if (settings.username() != null && !settings.username().isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    new AuthScope(host),
                    new UsernamePasswordCredentials(
                            settings.username(),
                            (settings.password() == null ? "" : settings.password()).toCharArray()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    // ---- names

    private String alias(String collection) {
        return prefix + "-" + collection;
    }

    private String rebuilding(String collection) {
        return alias(collection) + "-rebuilding";
    }

    private String newIndex(String collection) {
        return alias(collection) + "-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    // ---- changes

    @Override
    public void put(SearchDocument document) {
        Map<String, Object> source = source(document);
        String id = String.valueOf(document.id());
        write(
                "index a document in",
                document.collection(),
                index -> BulkOperation.of(operation ->
                        operation.index(put -> put.index(index).id(id).document(source))));
    }

    @Override
    public void remove(String collection, long id) {
        write(
                "remove a document from",
                collection,
                index -> BulkOperation.of(operation ->
                        operation.delete(delete -> delete.index(index).id(String.valueOf(id)))));
    }

    /** One change, written to the collection's index and to the one a rebuild is filling, if any. */
    private void write(String what, String collection, Function<String, BulkOperation> change) {
        call(what, collection, () -> {
            // Through the aliases, never to an index by its name: a change that meets an index a rebuild has
            // just deleted fails (and is tried again) rather than making a stray index of that name.
            BulkRequest.Builder bulk =
                    new BulkRequest.Builder().refresh(Refresh.True).requireAlias(true);
            writeTargets(collection).forEach(alias -> bulk.operations(change.apply(alias)));
            failOnErrors(client.bulk(bulk.build()), false);
            return null;
        });
    }

    /** The aliases a change goes through; the collection's first index is made here when it has none. */
    private List<String> writeTargets(String collection) throws IOException {
        Map<String, IndexAliases> indices = indices(collection);
        List<String> targets = Stream.of(alias(collection), rebuilding(collection))
                .filter(alias -> indices.values().stream()
                        .anyMatch(index -> index.aliases().containsKey(alias)))
                .toList();
        if (!targets.isEmpty()) {
            return targets;
        }
        try {
            // One name for every node's first index, so that two nodes making it at once make one.
            create(alias(collection) + "-" + "0".repeat(STAMP_DIGITS), alias(collection), false);
        } catch (OpenSearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
        return List.of(alias(collection));
    }

    /** The collection's indices with their aliases. */
    private Map<String, IndexAliases> indices(String collection) throws IOException {
        // Asked by the collection's index names, not by the alias, so that a missing alias is an empty
        // answer rather than an error; the pattern may also match another collection's (listings-archive).
        Pattern own = Pattern.compile(Pattern.quote(alias(collection)) + "-\\d{" + STAMP_DIGITS + "}");
        Map<String, IndexAliases> indices = new HashMap<>();
        client.indices()
                .getAlias(get -> get.index(alias(collection) + "-*"))
                .result()
                .forEach((index, aliases) -> {
                    if (own.matcher(index).matches()) {
                        indices.put(index, aliases);
                    }
                });
        return indices;
    }

    /** The collection's indices that carry {@code alias}. */
    private List<String> indicesWith(String collection, String alias) throws IOException {
        return indices(collection).entrySet().stream()
                .filter(index -> index.getValue().aliases().containsKey(alias))
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public void replaceAll(String collection, Stream<SearchDocument> documents) {
        call("rebuild", collection, () -> {
            String rebuilding = rebuilding(collection);
            // From now on changes reach the new index too, whichever node makes them.
            String fresh = createFresh(collection, rebuilding);
            try {
                // A rebuild that a stopped node left halfway gives the alias up. (Two nodes rebuilding at
                // once share it: a change then fails until one of them has swapped, and is tried again.)
                List<String> abandoned = indicesWith(collection, rebuilding).stream()
                        .filter(index -> !index.equals(fresh) && olderThan(collection, index, STRAY_AFTER))
                        .toList();
                if (!abandoned.isEmpty()) {
                    client.indices()
                            .updateAliases(update -> update.actions(action -> action.remove(remove ->
                                    remove.indices(abandoned).alias(rebuilding).mustExist(false))));
                }
                fill(fresh, documents);
                client.indices()
                        .putSettings(put ->
                                put.index(fresh).settings(settings -> settings.refreshInterval(t -> t.time("1s"))));
                client.indices().refresh(refresh -> refresh.index(fresh));
                swapIn(collection, fresh);
                // Every index of the collection that no alias reaches now is done with: the one just
                // swapped out, one another node swapped in meanwhile, one a stopped rebuild left.
                for (Map.Entry<String, IndexAliases> index : indices(collection).entrySet()) {
                    if (!index.getKey().equals(fresh)
                            && index.getValue().aliases().isEmpty()) {
                        deleteIfThere(index.getKey());
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof OpenSearchException refused && missing(refused) && supersededBy(collection, fresh)) {
                    // Another node rebuilt the collection at the same time, swapped its index in first and
                    // cleared ours away: the collection is whole, and this rebuild has nothing left to do.
                    return null;
                }
                try {
                    deleteIfThere(fresh);
                } catch (IOException | RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
            return null;
        });
    }

    /**
     * Points the collection's alias at {@code fresh}, in one step: searches see the old index or the new,
     * never both or neither. The alias is taken from wherever it is, also from an index another node
     * swapped in meanwhile. That other node may delete an index the step names between OpenSearch reading
     * the names and acting on them; the step is then taken again, while {@code fresh} is still there.
     */
    private void swapIn(String collection, String fresh) throws IOException {
        String alias = alias(collection);
        String rebuilding = rebuilding(collection);
        for (int attempt = 1; ; attempt++) {
            try {
                client.indices()
                        .updateAliases(update -> update.actions(action -> action.remove(remove ->
                                        remove.index(alias + "-*").alias(alias).mustExist(false)))
                                .actions(action ->
                                        action.add(add -> add.index(fresh).alias(alias)))
                                .actions(action -> action.remove(remove ->
                                        remove.index(fresh).alias(rebuilding).mustExist(false))));
                return;
            } catch (OpenSearchException e) {
                if (!missing(e) || attempt == 5 || !indices(collection).containsKey(fresh)) {
                    throw e;
                }
            }
        }
    }

    /** Whether the collection's alias reaches a complete index other than {@code fresh}, which is gone. */
    private boolean supersededBy(String collection, String fresh) throws IOException {
        Map<String, IndexAliases> indices = indices(collection);
        return !indices.containsKey(fresh)
                && indices.values().stream()
                        .anyMatch(aliases -> aliases.aliases().containsKey(alias(collection)));
    }

    /**
     * A new index for a rebuild, named by the moment it begins. Two nodes that begin in the same
     * millisecond would name the same index: the second takes the next free moment.
     */
    private String createFresh(String collection, String rebuilding) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String fresh = newIndex(collection);
            try {
                create(fresh, rebuilding, true);
                return fresh;
            } catch (OpenSearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type()) || attempt == 50) {
                    throw e;
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while naming a new index", interrupted);
                }
            }
        }
    }

    /** Deletes an index, unless another node (swapping at the same time) has deleted it already. */
    private void deleteIfThere(String index) throws IOException {
        try {
            client.indices().delete(delete -> delete.index(index));
        } catch (OpenSearchException e) {
            if (!missing(e)) {
                throw e;
            }
        }
    }

    /** Whether an index was made more than {@code age} ago, by the time in its name. */
    private boolean olderThan(String collection, String index, Duration age) {
        String before = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC).minus(age));
        return index.substring(alias(collection).length() + 1).compareTo(before) < 0;
    }

    /**
     * Sends the documents in bulk requests. A document only ever created, never replaced: one that a change
     * made meanwhile has already written is newer than the one read for the rebuild.
     */
    private void fill(String index, Stream<SearchDocument> documents) throws IOException {
        Iterator<SearchDocument> each = documents.iterator();
        List<BulkOperation> batch = new ArrayList<>(BULK);
        while (each.hasNext()) {
            SearchDocument document = each.next();
            Map<String, Object> source = source(document);
            batch.add(BulkOperation.of(operation -> operation.create(create ->
                    create.index(index).id(String.valueOf(document.id())).document(source))));
            if (batch.size() == BULK || !each.hasNext()) {
                List<BulkOperation> operations = List.copyOf(batch);
                failOnErrors(client.bulk(bulk -> bulk.operations(operations)), true);
                batch.clear();
            }
        }
    }

    private static void failOnErrors(BulkResponse response, boolean createOnly) {
        if (!response.errors()) {
            return;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && !(createOnly && item.status() == 409)) {
                throw new DocumentRefused("OpenSearch refused a document for " + item.index() + ": "
                        + item.error().type() + " " + item.error().reason());
            }
        }
    }

    /** An index with the collection's analysis and fields, reached through {@code alias}. */
    private void create(String index, String alias, boolean loading) throws IOException {
        client.indices()
                .create(create -> create.index(index)
                        .aliases(alias, a -> a)
                        .settings(settings(loading))
                        .mappings(MAPPINGS));
    }

    private static IndexSettings settings(boolean loading) {
        return IndexSettings.of(settings -> settings.numberOfShards("1")
                // A replica wherever there is a second node to hold it.
                .autoExpandReplicas("0-1")
                .refreshInterval(t -> t.time(loading ? "-1" : "1s"))
                .analysis(analysis -> analysis.filter(
                                FORMS,
                                filter -> filter.definition(definition -> definition.patternCapture(
                                        capture -> capture.patterns("([^|]+)").preserveOriginal(false))))
                        .analyzer(
                                FORMS,
                                analyzer -> analyzer.custom(custom -> custom.tokenizer("whitespace")
                                        .filter(FORMS, "lowercase", "remove_duplicates")))));
    }

    private static final TypeMapping MAPPINGS = TypeMapping.of(mapping -> mapping.dynamic(DynamicMapping.Strict)
            .properties("id", property -> property.long_(l -> l))
            .properties("title", property -> property.text(words()))
            .properties("body", property -> property.text(words()))
            .properties("facets", property -> property.object(object -> object.dynamic(DynamicMapping.True)))
            .properties("valid_until", property -> property.long_(l -> l))
            .properties("published_at", property -> property.long_(l -> l))
            .dynamicTemplates(List.of(Map.of(
                    "facets",
                    org.opensearch.client.opensearch._types.mapping.DynamicTemplate.of(
                            template -> template.pathMatch("facets.*")
                                    .matchMappingType("string")
                                    .mapping(keyword -> keyword.keyword(k -> k)))))));

    /** Words with their frequencies and no positions, as in Lucene: nothing searches for phrases. */
    private static Function<TextProperty.Builder, ObjectBuilder<TextProperty>> words() {
        return text -> text.analyzer(FORMS).indexOptions(IndexOptions.Freqs);
    }

    private static Map<String, Object> source(SearchDocument document) {
        String title = document.title() == null ? "" : document.title();
        String body = document.body() == null ? "" : document.body();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        document.facets().forEach((dimension, values) -> {
            List<String> kept = values.stream()
                    .filter(value -> value != null && !value.isBlank())
                    .toList();
            if (!kept.isEmpty()) {
                facets.put(dimension, kept);
            }
        });
        Map<String, Object> source = new HashMap<>();
        source.put("id", document.id());
        source.put("title", stacked(title));
        source.put("body", stacked(body));
        source.put("facets", facets);
        source.put("valid_until", document.validUntil().toEpochDay());
        source.put(
                "published_at",
                document.publishedAt() == null ? 0 : document.publishedAt().toEpochMilli());
        return source;
    }

    /**
     * Each word of a text with its forms and its Swedish and English stems ({@link
     * SwedishWordForms#withStems}) joined by {@code |}, the words separated by spaces: the index puts each
     * word's forms at one position.
     */
    static String stacked(String text) {
        StringBuilder stacked = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                stacked.append(String.join("|", SwedishWordForms.shared().withStems(word)))
                        .append(' ');
            }
        }
        return stacked.toString().trim();
    }

    // ---- reading

    @Override
    public long size(String collection) {
        return call("count the documents of", collection, () -> {
            try {
                return client.count(count -> count.index(alias(collection))).count();
            } catch (OpenSearchException e) {
                if (missing(e)) {
                    return 0L;
                }
                throw e;
            }
        });
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return timer.time(query.collection(), () -> searchNow(query));
    }

    private SearchResults searchNow(SearchQuery query) {
        return call("search", query.collection(), () -> {
            try {
                return find(query);
            } catch (OpenSearchException e) {
                if (missing(e)) {
                    return new SearchResults(0, List.of(), Map.of());
                }
                throw e;
            }
        });
    }

    private SearchResults find(SearchQuery query) throws IOException {
        Query found = Query.of(q -> q.bool(bool -> {
            bool.filter(f -> f.range(range -> range.field("valid_until")
                    .gte(org.opensearch.client.json.JsonData.of(query.today().toEpochDay()))));
            textQuery(query.text()).forEach(bool::must);
            return bool;
        }));
        Map<String, String> chosen = new LinkedHashMap<>();
        query.filters().forEach((dimension, value) -> {
            if (value != null && !value.isBlank()) {
                chosen.put(dimension, value);
            }
        });
        Map<String, Aggregation> counts = new LinkedHashMap<>();
        for (int i = 0; i < query.countedFacets().size(); i++) {
            String dimension = query.countedFacets().get(i);
            // A chosen facet counts its values as if it were not chosen ("drill sideways"), within the other
            // choices: having picked "seeking", a visitor still sees how many listings offer.
            Query others = choices(chosen, dimension);
            counts.put(
                    "facet" + i,
                    Aggregation.of(aggregation -> aggregation
                            .filter(others)
                            .aggregations(
                                    "values",
                                    values -> values.terms(terms ->
                                            terms.field("facets." + dimension).size(FACET_VALUES)))));
        }
        SearchResponse<Void> response = client.search(
                search -> search.index(alias(query.collection()))
                        .query(found)
                        .postFilter(choices(chosen, null))
                        .aggregations(counts)
                        .sort(sort(query.order()))
                        // Past the deepest page the cluster serves, a page is empty (the total and the
                        // facet counts still come), as a page past the last result is with Lucene.
                        .from(Math.min(query.offset(), DEEPEST))
                        .size(Math.max(0, Math.min(query.limit(), DEEPEST - query.offset())))
                        .trackTotalHits(total -> total.enabled(true))
                        .source(source -> source.fetch(false)),
                Void.class);
        List<Long> ids = new ArrayList<>();
        for (Hit<Void> hit : response.hits().hits()) {
            ids.add(Long.parseLong(hit.id()));
        }
        Map<String, Map<String, Integer>> facetCounts = new LinkedHashMap<>();
        for (int i = 0; i < query.countedFacets().size(); i++) {
            Map<String, Integer> values = new HashMap<>();
            Aggregate filtered = response.aggregations().get("facet" + i);
            if (filtered != null) {
                Aggregate terms = filtered.filter().aggregations().get("values");
                if (terms != null && terms.isSterms()) {
                    for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
                        values.put(bucket.key(), (int) bucket.docCount());
                    }
                }
            }
            facetCounts.put(query.countedFacets().get(i), values);
        }
        long total = response.hits().total() == null
                ? ids.size()
                : response.hits().total().value();
        return new SearchResults(total, ids, facetCounts);
    }

    /** Every chosen facet value except the one for {@code except} (none when null), as a filter. */
    private static Query choices(Map<String, String> chosen, String except) {
        BoolQuery.Builder all = new BoolQuery.Builder();
        chosen.forEach((dimension, value) -> {
            if (!dimension.equals(except)) {
                all.filter(f -> f.term(term -> term.field("facets." + dimension).value(FieldValue.of(value))));
            }
        });
        return Query.of(q -> q.bool(all.build()));
    }

    /**
     * Every word must match, in the title or the body, as any of its forms or Swedish and English stems
     * (scored as one word); titles weigh more than bodies, and the word as typed in a title most, as in
     * Lucene. The words are Lucene's too: at most twelve, the most common left out beside others.
     */
    private static List<Query> textQuery(String text) {
        List<Query> all = new ArrayList<>();
        for (String word : LuceneSearchIndex.words(text)) {
            List<String> forms = SwedishWordForms.shared().withStems(word);
            String stacked = String.join("|", forms);
            all.add(Query.of(q -> q.bool(any -> any.should(anyForm("title", stacked, 3f))
                    .should(anyForm("body", stacked, 1f))
                    .should(typed -> typed.term(term -> term.field("title")
                            .value(FieldValue.of(forms.get(0)))
                            .boost(2f)))
                    .minimumShouldMatch("1"))));
        }
        return all;
    }

    /** A word's forms, put at one position by the index's analyser: Lucene's {@code SynonymQuery}. */
    private static Query anyForm(String field, String stacked, float boost) {
        return Query.of(q -> q.match(match ->
                match.field(field).query(FieldValue.of(stacked)).analyzer(FORMS).boost(boost)));
    }

    private static List<SortOptions> sort(SearchQuery.Order order) {
        SortOptions newest =
                SortOptions.of(s -> s.field(f -> f.field("published_at").order(SortOrder.Desc)));
        return switch (order) {
            case NEWEST -> List.of(newest);
            case EXPIRING ->
                List.of(SortOptions.of(s -> s.field(f -> f.field("valid_until").order(SortOrder.Asc))), newest);
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc))), newest);
        };
    }

    private static boolean missing(OpenSearchException e) {
        return e.status() == 404 && "index_not_found_exception".equals(e.error().type());
    }

    // ---- failures

    private interface Call<T> {
        T run() throws IOException;
    }

    /**
     * Runs one exchange with the cluster; its failure (not reached, timed out, refused) becomes {@link
     * Unavailable}. A failure of the caller's own, such as the database behind a rebuild, passes as it is.
     */
    private <T> T call(String what, String collection, Call<T> call) {
        try {
            return call.run();
        } catch (IOException | OpenSearchException | DocumentRefused e) {
            throw new Unavailable(
                    "OpenSearch at " + url + " could not " + what + " the collection " + collection + ": " + e, e);
        }
    }

    /** The cluster took a bulk request but refused a document in it. */
    private static final class DocumentRefused extends RuntimeException {
        DocumentRefused(String message) {
            super(message);
        }
    }

    @Override
    public void destroy() throws IOException {
        transport.close();
    }
}
