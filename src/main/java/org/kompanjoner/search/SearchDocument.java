package org.kompanjoner.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One thing to find, as the module that owns it describes it: a title and a body searched with
 * Swedish and English stemming and by parts of compound words, facet values to filter and count by, and
 * the dates it sorts by. It is found until {@code validUntil} (inclusive).
 */
public record SearchDocument(
        String collection,
        long id,
        String title,
        String body,
        Map<String, List<String>> facets,
        Instant publishedAt,
        LocalDate validUntil) {}
