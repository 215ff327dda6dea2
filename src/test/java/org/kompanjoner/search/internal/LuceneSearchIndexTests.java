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
}
