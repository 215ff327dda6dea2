package org.kompanjoner.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kompanjoner.search.SearchDocument;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;
import org.kompanjoner.search.SearchResults;
import org.kompanjoner.shared.Settings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The in-process Lucene index, one directory per collection under {@code <data-dir>/index}. A title and
 * a body are each one field holding every word with its Swedish word forms (lemmas, the parts of
 * compounds, umlaut plurals: {@link SwedishWordForms}) and its Swedish and English stems, so that
 * {@code kompetens} finds {@code kompetensförsörjning}, {@code stad} finds {@code städer} and
 * {@code partner} finds {@code partners}; a word is read once however many ways it is found. Positions are
 * not kept: nothing searches for phrases. Facets are sorted-set doc values; a document stops being found after
 * its last valid day, whether or not its owner has closed it yet.
 */
@Component
@ConditionalOnProperty(name = "kompanjoner.search", havingValue = "lucene", matchIfMissing = true)
class LuceneSearchIndex implements SearchIndex, DisposableBean {

    /** Words with their frequencies and no positions: smaller, and quicker to write. */
    private static final FieldType WORDS = new FieldType();

    static {
        WORDS.setTokenized(true);
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS.freeze();
    }

    /** What the fields of this version are; an index written with other fields is rebuilt. */
    static final String FORMAT = "2";

    private static final int BATCH = 500;

    /** How much a match on another form of a word counts beside the word as typed. */
    private static final float OTHER_FORMS = 0.7f;

    private final Path root;
    private final SearchTimer timer;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Map<String, Collection> collections = new ConcurrentHashMap<>();

    @Autowired
    LuceneSearchIndex(Settings settings, SearchTimer timer) throws IOException {
        this(settings.dataDir(), timer);
    }

    /** The index under {@code dataDir}/index. */
    LuceneSearchIndex(Path dataDir) throws IOException {
        this(dataDir, SearchTimer.unregistered());
    }

    private LuceneSearchIndex(Path dataDir, SearchTimer timer) throws IOException {
        this.timer = timer;
        this.root = dataDir.resolve("index");
        // The dictionary loads in the background while the site starts; the first change or search waits.
        SwedishWordForms.loading();
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, new WordFormsFilter(new LowerCaseFilter(words)));
            }
        };
    }

    /** One collection's writer and searchers, and the facet state of the searcher last seen. */
    private final class Collection {
        final Directory directory;
        final IndexWriter writer;
        final SearcherManager searchers;
        volatile SortedSetDocValuesReaderState facetState;

        Collection(String name) throws IOException {
            Path path = root.resolve(name);
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            // A rebuild writes hundreds of thousands of documents: fewer, larger segments to merge.
            config.setRAMBufferSizeMB(48);
            writer = new IndexWriter(directory, config);
            Map<String, String> written = new HashMap<>();
            writer.getLiveCommitData().forEach(entry -> written.put(entry.getKey(), entry.getValue()));
            if (!FORMAT.equals(written.get("format"))) {
                // Written by an earlier version, its fields are not the ones searched now: emptied, the
                // collection is rebuilt from the database before the site opens.
                writer.deleteAll();
                writer.setLiveCommitData(Map.of("format", FORMAT).entrySet());
                writer.commit();
            }
            searchers = new SearcherManager(writer, null);
        }

        synchronized SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
            if (facetState == null || facetState.getReader() != searcher.getIndexReader()) {
                facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
            }
            return facetState;
        }
    }

    private Collection collection(String name) {
        return collections.computeIfAbsent(name, key -> {
            try {
                return new Collection(key);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the search index " + key, e);
            }
        });
    }

    @Override
    public void put(SearchDocument document) {
        Collection collection = collection(document.collection());
        try {
            collection.writer.updateDocument(idTerm(document.id()), toLucene(document));
            collection.writer.commit();
            collection.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(String collectionName, long id) {
        Collection collection = collection(collectionName);
        try {
            collection.writer.deleteDocuments(idTerm(id));
            collection.writer.commit();
            collection.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void replaceAll(String collectionName, Stream<SearchDocument> documents) {
        Collection collection = collection(collectionName);
        try {
            collection.writer.deleteAll();
            addInParallel(collection.writer, documents);
            collection.writer.commit();
            collection.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reading the database stays in the calling thread; turning text into words, the larger part, runs on
     * every core, a batch at a time. The queue is short, so a rebuild holds only a few batches in memory.
     */
    private void addInParallel(IndexWriter writer, Stream<SearchDocument> documents) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor workers = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads),
                new ThreadPoolExecutor.CallerRunsPolicy());
        List<Future<?>> written = new ArrayList<>();
        try {
            Iterator<SearchDocument> each = documents.iterator();
            while (each.hasNext()) {
                List<SearchDocument> batch = new ArrayList<>(BATCH);
                while (each.hasNext() && batch.size() < BATCH) {
                    batch.add(each.next());
                }
                written.add(workers.submit(() -> {
                    for (SearchDocument document : batch) {
                        writer.addDocument(toLucene(document));
                    }
                    return null;
                }));
                written.removeIf(Future::isDone);
            }
            for (Future<?> batch : written) {
                batch.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while rebuilding the search index", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            workers.shutdown();
        }
    }

    @Override
    public long size(String collectionName) {
        Collection collection = collection(collectionName);
        try {
            IndexSearcher searcher = collection.searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                collection.searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document toLucene(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField("id", String.valueOf(source.id()), Field.Store.NO));
        document.add(new StoredField("id_value", source.id()));
        String title = source.title() == null ? "" : source.title();
        String body = source.body() == null ? "" : source.body();
        document.add(new Field("title", title, WORDS));
        document.add(new Field("body", body, WORDS));
        long validUntil = source.validUntil().toEpochDay();
        document.add(new LongPoint("valid_until", validUntil));
        document.add(new NumericDocValuesField("valid_until_sort", validUntil));
        document.add(new NumericDocValuesField(
                "published_sort",
                source.publishedAt() == null ? 0 : source.publishedAt().toEpochMilli()));
        source.facets().forEach((dimension, values) -> {
            facetsConfig.setMultiValued(dimension, true);
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    document.add(new SortedSetDocValuesFacetField(dimension, value));
                }
            }
        });
        try {
            return facetsConfig.build(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term idTerm(long id) {
        return new Term("id", String.valueOf(id));
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return timer.time(query.collection(), () -> searchNow(query));
    }

    private SearchResults searchNow(SearchQuery query) {
        Collection collection = collection(query.collection());
        try {
            IndexSearcher searcher = collection.searchers.acquire();
            try {
                return search(collection, searcher, query);
            } finally {
                collection.searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults search(Collection collection, IndexSearcher searcher, SearchQuery query) throws IOException {
        if (searcher.getIndexReader().numDocs() == 0) {
            return new SearchResults(0, List.of(), Map.of());
        }
        BooleanQuery.Builder base = new BooleanQuery.Builder()
                .add(
                        LongPoint.newRangeQuery("valid_until", query.today().toEpochDay(), Long.MAX_VALUE),
                        BooleanClause.Occur.FILTER);
        Query text = textQuery(query.text());
        base.add(text, text instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
        Query unfiltered = base.build();
        DrillDownQuery drillDown = drillDown(unfiltered, query, null);
        int wanted = Math.max(1, query.offset() + query.limit());
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
                searcher, drillDown, wanted, sort(query.order()), new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        List<Long> ids = new ArrayList<>();
        ScoreDoc[] hits = top.scoreDocs;
        for (int i = query.offset(); i < hits.length && ids.size() < query.limit(); i++) {
            ids.add(searcher.storedFields()
                    .document(hits[i].doc)
                    .getField("id_value")
                    .numericValue()
                    .longValue());
        }
        long total = result.facetsCollector().getMatchingDocs().stream()
                .mapToLong(matching -> matching.totalHits)
                .sum();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        if (!query.countedFacets().isEmpty()) {
            SortedSetDocValuesReaderState state = collection.facetState(searcher);
            SortedSetDocValuesFacetCounts found = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
            for (String dimension : query.countedFacets()) {
                Map<String, Integer> values = new HashMap<>();
                try {
                    // A chosen facet counts its values as if it were not chosen ("drill sideways"): having
                    // picked "seeking", a visitor still sees how many listings offer.
                    SortedSetDocValuesFacetCounts facetCounts = chosen(query, dimension)
                            ? new SortedSetDocValuesFacetCounts(
                                    state,
                                    searcher.search(
                                            drillDown(unfiltered, query, dimension), new FacetsCollectorManager()))
                            : found;
                    FacetResult facet = facetCounts.getAllChildren(dimension);
                    if (facet != null) {
                        for (LabelAndValue entry : facet.labelValues) {
                            values.put(entry.label, entry.value.intValue());
                        }
                    }
                } catch (IllegalArgumentException noSuchDimension) {
                    // No document has this facet yet.
                }
                counts.put(dimension, values);
            }
        }
        return new SearchResults(total, ids, counts);
    }

    /** The search narrowed by every chosen facet value except the one for {@code except} (none when null). */
    private DrillDownQuery drillDown(Query base, SearchQuery query, String except) {
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, base);
        query.filters().forEach((dimension, value) -> {
            if (value != null && !value.isBlank() && !dimension.equals(except)) {
                drillDown.add(dimension, value);
            }
        });
        return drillDown;
    }

    private static boolean chosen(SearchQuery query, String dimension) {
        String value = query.filters().get(dimension);
        return value != null && !value.isBlank();
    }

    /**
     * Every word must match, in the title or the body, stemmed as Swedish or English, or as a part of a
     * longer word. Titles weigh more than bodies, whole words more than parts.
     */
    private Query textQuery(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            List<String> forms = SwedishWordForms.shared().withStems(word);
            all.add(
                    new BooleanQuery.Builder()
                            .add(new BoostQuery(anyForm("title", forms), 3f), BooleanClause.Occur.SHOULD)
                            .add(anyForm("body", forms), BooleanClause.Occur.SHOULD)
                            // The word itself in a title says most of what a listing is about.
                            .add(
                                    new BoostQuery(new TermQuery(new Term("title", forms.get(0))), 2f),
                                    BooleanClause.Occur.SHOULD)
                            .build(),
                    BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /**
     * The words searched for, at most twelve. Words as common as {@code och} or {@code the} are left out
     * when there are others: every listing has them, and one that happens not to would be missed. Alone
     * they stay ({@code man} is a Swedish pronoun, and a word too).
     */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isBlank() && all.size() < 12) {
                all.add(word);
            }
        }
        List<String> telling =
                all.stream().filter(word -> !SwedishWordForms.stopWord(word)).toList();
        return telling.isEmpty() ? all : telling;
    }

    /**
     * Any form of a word, scored as one word (so a word with many forms does not outweigh the others);
     * the word as typed (the first form) counts a little more than its other forms.
     */
    private static Query anyForm(String field, List<String> forms) {
        SynonymQuery.Builder any = new SynonymQuery.Builder(field);
        for (int i = 0; i < forms.size(); i++) {
            any.addTerm(new Term(field, forms.get(i)), i == 0 ? 1f : OTHER_FORMS);
        }
        return any.build();
    }

    private static Sort sort(SearchQuery.Order order) {
        SortField newest = new SortField("published_sort", SortField.Type.LONG, true);
        return switch (order) {
            case NEWEST -> new Sort(newest);
            case EXPIRING -> new Sort(new SortField("valid_until_sort", SortField.Type.LONG), newest);
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest);
        };
    }

    @Override
    public void destroy() throws IOException {
        for (Collection collection : collections.values()) {
            collection.searchers.close();
            collection.writer.close();
            collection.directory.close();
        }
    }
}
