package org.kompanjoner.listings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.support.IntegrationTest;
import org.kompanjoner.support.OpenSearchTestNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The listings scenarios with OpenSearch as the search engine (a real node in the test JVM): listings
 * published, edited, withdrawn and expired through the site are found, and no longer found, through the
 * search page and the related listings, as with Lucene.
 */
@IntegrationTest
class ListingsOpenSearchIntegrationTests extends ListingsScenarios {

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        OpenSearchTestNode.use(registry);
    }

    @Autowired
    Settings settings;

    @Test
    void searchRunsOnOpenSearchAndNoLuceneIndexIsOpened() {
        assertThat(searchIndex.getClass().getSimpleName()).isEqualTo("OpenSearchIndex");
        assertThat(settings.dataDir().resolve("index")).doesNotExist();
    }
}
