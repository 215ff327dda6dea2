package org.kompanjoner.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the shared search engine is, when {@code kompanjoner.search=opensearch} chooses it.
 *
 * @param url the cluster's address ({@code https://search.example.se:9200}); a load balancer or one node
 * @param username with {@code password}, sent as basic authentication when set
 * @param indexPrefix the start of every index and alias name, so that several sites (or test runs) can
 *     share one cluster: {@code <prefix>-<collection>}
 */
@ConfigurationProperties("kompanjoner.opensearch")
record OpenSearchSettings(
        @DefaultValue("http://localhost:9200") String url,
        String username,
        String password,
        @DefaultValue("kompanjoner") String indexPrefix) {

    OpenSearchSettings {
        url = url.replaceAll("/+$", "");
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("kompanjoner.opensearch.index-prefix must be lower-case letters,"
                    + " digits, - and _ (OpenSearch index names): " + indexPrefix);
        }
    }
}
