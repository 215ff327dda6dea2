/**
 * Full-text search with facets behind a small port, so a shared engine (OpenSearch) can replace the
 * in-process Lucene index without touching the modules that feed and query it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"shared"})
package org.kompanjoner.search;
