package org.kompanjoner.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
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
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
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
    static final String FORMAT = "3";

    private static final SortField NEWEST = new SortField("published_sort", SortField.Type.LONG, true);

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

    private record Validity(LocalDate day, FixedBitSet documents) {}

    /** One collection's writer and searchers, and what its segments' facets and validity are. */
    private final class Collection {
        final Directory directory;
        final IndexWriter writer;
        final SearcherManager searchers;
        final Map<IndexReader.CacheKey, SegmentFacets> segmentFacets = new ConcurrentHashMap<>();
        final Map<IndexReader.CacheKey, Validity> validity = new ConcurrentHashMap<>();

        Collection(String name) throws IOException {
            Path path = root.resolve(name);
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            // An index written with other fields or another order is started afresh (and rebuilt from
            // the database before the site opens): its order could not be changed in place.
            config.setOpenMode(
                    FORMAT.equals(formatWritten(directory))
                            ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                            : IndexWriterConfig.OpenMode.CREATE);
            // Newest first inside every segment: the list without words, newest first, then reads only
            // the first page's documents instead of every match.
            config.setIndexSort(new Sort(NEWEST));
            // A rebuild writes hundreds of thousands of documents: fewer, larger segments to merge.
            config.setRAMBufferSizeMB(96);
            writer = new IndexWriter(directory, config);
            if (config.getOpenMode() == IndexWriterConfig.OpenMode.CREATE) {
                writer.setLiveCommitData(Map.of("format", FORMAT).entrySet());
                writer.commit();
            }
            searchers = new SearcherManager(writer, null);
        }

        /** A segment's facets, read when it is first searched and forgotten when it is closed. */
        SegmentFacets facets(LeafReader leaf) {
            IndexReader.CacheHelper core = leaf.getCoreCacheHelper();
            return segmentFacets.computeIfAbsent(core.getKey(), key -> {
                core.addClosedListener(segmentFacets::remove);
                try {
                    return SegmentFacets.read(leaf);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /**
         * The segment's documents that are found on this day: valid until it or later, and not deleted.
         * Kept per segment (and its deletions) until the day changes.
         */
        FixedBitSet validOn(LeafReader leaf, LocalDate day) throws IOException {
            IndexReader.CacheHelper reader = leaf.getReaderCacheHelper();
            Validity known = validity.get(reader.getKey());
            if (known != null && known.day().equals(day)) {
                return known.documents();
            }
            FixedBitSet documents = new FixedBitSet(leaf.maxDoc());
            NumericDocValues validUntil = DocValues.getNumeric(leaf, "valid_until_sort");
            Bits live = leaf.getLiveDocs();
            long first = day.toEpochDay();
            for (int doc = validUntil.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = validUntil.nextDoc()) {
                if (validUntil.longValue() >= first && (live == null || live.get(doc))) {
                    documents.set(doc);
                }
            }
            if (known == null) {
                reader.addClosedListener(validity::remove);
            }
            validity.put(reader.getKey(), new Validity(day, documents));
            return documents;
        }
    }

    /** The format the index in the directory was written with, or null when there is none. */
    private static String formatWritten(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        return SegmentInfos.readLatestCommit(directory).getUserData().get("format");
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
        document.add(new NumericDocValuesField("id_value", source.id()));
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

    /**
     * A search in one pass over the words and none over the facets: the documents that have the words and
     * are valid today become one bit set per segment; each chosen facet value is an AND with the bit set
     * of its documents (kept per segment in {@link SegmentFacets}); a facet is counted over the documents
     * found, or, when it is chosen, over those found with every other choice ("drill sideways": having
     * picked "seeking", a visitor still sees how many listings offer). Only the page of results shown is
     * ranked and sorted by Lucene.
     */
    private SearchResults search(Collection collection, IndexSearcher searcher, SearchQuery query) throws IOException {
        if (searcher.getIndexReader().numDocs() == 0) {
            return new SearchResults(0, List.of(), Map.of());
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<String> words = words(query.text());
        Query text = textQuery(words);
        Map<String, String> choices = new LinkedHashMap<>();
        query.filters().forEach((dimension, value) -> {
            if (value != null && !value.isBlank()) {
                choices.put(dimension, value);
            }
        });
        int wanted = Math.max(1, query.offset() + query.limit());
        FixedBitSet[] found = text instanceof MatchAllDocsQuery ? null : documentsWith(searcher, words);
        FixedBitSet[] matching = new FixedBitSet[leaves.size()];
        Map<String, FixedBitSet[]> sideways = new HashMap<>();
        for (String dimension : query.countedFacets()) {
            if (choices.containsKey(dimension)) {
                sideways.put(dimension, new FixedBitSet[leaves.size()]);
            }
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        query.countedFacets().forEach(dimension -> counts.put(dimension, new HashMap<>()));
        long total = 0;
        for (LeafReaderContext leaf : leaves) {
            SegmentFacets facets = collection.facets(leaf.reader());
            FixedBitSet base = collection.validOn(leaf.reader(), query.today()).clone();
            if (found != null) {
                base.and(found[leaf.ord]);
            }
            FixedBitSet all = base.clone();
            for (Map.Entry<String, String> choice : choices.entrySet()) {
                narrow(all, facets.documentsWith(choice.getKey(), choice.getValue()));
            }
            matching[leaf.ord] = all;
            total += all.cardinality();
            List<String> notChosen = query.countedFacets().stream()
                    .filter(dimension -> !choices.containsKey(dimension))
                    .toList();
            facets.count(all, notChosen, counts);
            for (String dimension : sideways.keySet()) {
                FixedBitSet others = base.clone();
                choices.forEach((other, value) -> {
                    if (!other.equals(dimension)) {
                        narrow(others, facets.documentsWith(other, value));
                    }
                });
                facets.count(others, List.of(dimension), counts);
            }
        }
        Query shown = new DocumentsQuery(matching);
        if (query.order() == SearchQuery.Order.RELEVANCE && found != null) {
            // Scores are worked out for the documents shown on some page only: the words lead nowhere else.
            shown = new BooleanQuery.Builder()
                    .add(text, BooleanClause.Occur.MUST)
                    .add(shown, BooleanClause.Occur.FILTER)
                    .build();
        }
        TopDocs top = searcher.search(shown, wanted, sort(query.order()));
        List<Long> ids = new ArrayList<>();
        ScoreDoc[] hits = top.scoreDocs;
        for (int i = query.offset(); i < hits.length && ids.size() < query.limit(); i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            NumericDocValues id = DocValues.getNumeric(leaf.reader(), "id_value");
            id.advanceExact(hits[i].doc - leaf.docBase);
            ids.add(id.longValue());
        }
        return new SearchResults(total, ids, counts);
    }

    private static void narrow(FixedBitSet documents, FixedBitSet with) {
        if (with == null) {
            documents.clear();
        } else {
            documents.and(with);
        }
    }

    /**
     * The documents that have every word in some form, in the title or the body, as one bit set per
     * segment: read straight from each form's list of documents, which is many times quicker than letting
     * the scoring query walk them, and means the same (see {@link #textQuery}).
     */
    private static FixedBitSet[] documentsWith(IndexSearcher searcher, List<String> words) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] documents = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet all = null;
            for (String word : words) {
                FixedBitSet any = new FixedBitSet(leaf.reader().maxDoc());
                for (String field : List.of("title", "body")) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum each = terms.iterator();
                    for (String form : SwedishWordForms.shared().withStems(word)) {
                        if (each.seekExact(new BytesRef(form))) {
                            any.or(each.postings(null, PostingsEnum.NONE));
                        }
                    }
                }
                if (all == null) {
                    all = any;
                } else {
                    all.and(any);
                }
            }
            // Deleted documents are left in: every search ANDs these with the valid ones, which leave them out.
            documents[leaf.ord] = all == null ? new FixedBitSet(leaf.reader().maxDoc()) : all;
        }
        return documents;
    }

    /**
     * Every word must match in some form, in the title or the body. Titles weigh more than bodies, the
     * word as typed more than its other forms.
     */
    private Query textQuery(List<String> words) {
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
        SortField newest = NEWEST;
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
