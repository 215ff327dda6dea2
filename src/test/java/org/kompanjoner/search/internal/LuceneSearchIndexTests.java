package org.kompanjoner.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompanjoner.search.SearchIndex;
import org.kompanjoner.search.SearchQuery;

/** The real Lucene index on a temporary directory. */
class LuceneSearchIndexTests extends SearchIndexContract {

    @TempDir
    Path folder;

    LuceneSearchIndex lucene;

    @Override
    SearchIndex engine() throws Exception {
        lucene = new LuceneSearchIndex(folder);
        return lucene;
    }

    @AfterEach
    void close() throws Exception {
        lucene.destroy();
    }

    @Test
    void theIndexSurvivesARestart() throws Exception {
        lucene.destroy();
        lucene = new LuceneSearchIndex(folder);
        index = lucene;
        assertThat(find("kompetens", Map.of(), SearchQuery.Order.RELEVANCE).ids())
                .contains(1L);
    }

    @Test
    void anIndexWrittenWithOtherFieldsIsEmptiedForARebuild() throws Exception {
        lucene.destroy();
        Path old = folder.resolve("index").resolve("listings");
        try (var directory = org.apache.lucene.store.FSDirectory.open(old);
                var writer = new org.apache.lucene.index.IndexWriter(
                        directory,
                        new org.apache.lucene.index.IndexWriterConfig()
                                .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE))) {
            var document = new org.apache.lucene.document.Document();
            document.add(new org.apache.lucene.document.TextField(
                    "parts", "kompetens", org.apache.lucene.document.Field.Store.NO));
            writer.addDocument(document);
            writer.commit();
        }
        lucene = new LuceneSearchIndex(folder);
        index = lucene;
        assertThat(lucene.size("listings")).isZero();
    }
}
