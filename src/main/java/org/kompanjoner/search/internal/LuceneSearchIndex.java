package org.kompanjoner.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
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
 * The in-process Lucene index, one directory per collection under {@code <data-dir>/index}. Text is
 * indexed three ways: with Swedish and with English stemming, and as the Swedish word forms of
 * {@link SwedishWordForms} (lemmas, the parts of compounds, umlaut plurals), so that {@code kompetens}
 * finds {@code kompetensförsörjning} and {@code stad} finds {@code städer}. Facets are sorted-set doc values; a document stops being found after
 * its last valid day, whether or not its owner has closed it yet.
 */
@Component
@ConditionalOnProperty(name = "kompanjoner.search", havingValue = "lucene", matchIfMissing = true)
class LuceneSearchIndex implements SearchIndex, DisposableBean {

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
        Analyzer forms = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, new WordFormsFilter(new LowerCaseFilter(words)));
            }
        };
        this.analyzer = new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(),
                Map.of(
                        "title_sv", new SwedishAnalyzer(),
                        "body_sv", new SwedishAnalyzer(),
                        "title_en", new EnglishAnalyzer(),
                        "body_en", new EnglishAnalyzer(),
                        "title_forms", forms,
                        "body_forms", forms));
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
            writer = new IndexWriter(directory, config);
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
            documents.forEach(document -> {
                try {
                    collection.writer.addDocument(toLucene(document));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            collection.writer.commit();
            collection.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        document.add(new TextField("title_sv", title, Field.Store.NO));
        document.add(new TextField("title_en", title, Field.Store.NO));
        document.add(new TextField("body_sv", body, Field.Store.NO));
        document.add(new TextField("body_en", body, Field.Store.NO));
        document.add(new TextField("title_forms", title, Field.Store.NO));
        document.add(new TextField("body_forms", body, Field.Store.NO));
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
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.isBlank() || words == 12) {
                continue;
            }
            words++;
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            addIfAny(any, builder.createBooleanQuery("title_sv", raw), 3f);
            addIfAny(any, builder.createBooleanQuery("title_en", raw), 2f);
            addIfAny(any, builder.createBooleanQuery("body_sv", raw), 1f);
            addIfAny(any, builder.createBooleanQuery("body_en", raw), 1f);
            List<String> forms = SwedishWordForms.shared().of(raw);
            any.add(new BoostQuery(anyForm("title_forms", forms), 3f), BooleanClause.Occur.SHOULD);
            any.add(new BoostQuery(anyForm("body_forms", forms), 1f), BooleanClause.Occur.SHOULD);
            BooleanQuery alternatives = any.build();
            if (alternatives.clauses().isEmpty()) {
                // A word every analyser drops (a stop word in both languages) asks for nothing.
                words--;
            } else {
                all.add(alternatives, BooleanClause.Occur.MUST);
            }
        }
        return words == 0 ? new MatchAllDocsQuery() : all.build();
    }

    /** Any form of a word, scored as one word (so a word with many forms does not outweigh the others). */
    private static Query anyForm(String field, List<String> forms) {
        SynonymQuery.Builder any = new SynonymQuery.Builder(field);
        forms.forEach(form -> any.addTerm(new Term(field, form)));
        return any.build();
    }

    private static void addIfAny(BooleanQuery.Builder any, Query query, float boost) {
        if (query != null) {
            any.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
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
