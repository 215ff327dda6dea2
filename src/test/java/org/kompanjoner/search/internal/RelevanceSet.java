package org.kompanjoner.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The relevance set in {@code search/relevance-set.txt}: listings as people write them, and searches
 * with the listings that must be among their first five results.
 */
record RelevanceSet(List<Listing> listings, List<Search> searches) {

    record Listing(long id, String title, String text) {}

    record Search(String words, List<Long> expected, String kind) {}

    static RelevanceSet read() {
        List<Listing> listings = new ArrayList<>();
        List<Search> searches = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(RelevanceSet.class.getResourceAsStream("/search/relevance-set.txt")),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.length() > 2 ? line.substring(2).split("\\|") : new String[0];
                if (line.startsWith("D ")) {
                    listings.add(new Listing(Long.parseLong(fields[0].trim()), fields[1].trim(), fields[2].trim()));
                } else if (line.startsWith("Q ")) {
                    searches.add(new Search(
                            fields[0].trim(),
                            Arrays.stream(fields[1].trim().split("\\s+"))
                                    .map(Long::valueOf)
                                    .toList(),
                            fields[2].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RelevanceSet(listings, searches);
    }

    /** How many listings the searches must find in their first five, in all. */
    int pairs() {
        return searches.stream().mapToInt(search -> search.expected().size()).sum();
    }
}
