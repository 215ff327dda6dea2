package org.kompanjoner.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * One segment's facets, read once from its doc values and kept while the segment lives: for every value
 * the documents that have it (to filter by a choice with one AND of bit sets, and to count a value as
 * the size of an intersection), and for every document its values (to count a small set of documents one
 * by one). A search then filters and counts without reading doc values again.
 */
final class SegmentFacets {

    /** One dimension's values in this segment, in no particular order. */
    record Dimension(
            int number, String name, List<String> values, Map<String, Integer> index, List<FixedBitSet> documents) {}

    private final int maxDoc;
    private final Map<String, Dimension> dimensions;
    /** Where each document's values start in {@link #valueOfDocument} (one more entry than documents). */
    private final int[] firstValue;
    /** Each document's values, as the dimension's number and the value's number in it. */
    private final int[] valueOfDocument;

    private SegmentFacets(int maxDoc, Map<String, Dimension> dimensions, int[] firstValue, int[] valueOfDocument) {
        this.maxDoc = maxDoc;
        this.dimensions = dimensions;
        this.firstValue = firstValue;
        this.valueOfDocument = valueOfDocument;
    }

    static SegmentFacets read(LeafReader leaf) throws IOException {
        int maxDoc = leaf.maxDoc();
        SortedSetDocValues values = DocValues.getSortedSet(leaf, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int ordinals = Math.toIntExact(values.getValueCount());
        // The doc values hold "dimension<unit separator>value": each ordinal becomes a dimension and a value.
        Map<String, Integer> dimensionNumbers = new LinkedHashMap<>();
        List<List<String>> valuesOf = new ArrayList<>();
        int[] dimensionOf = new int[ordinals];
        int[] valueOf = new int[ordinals];
        for (int ordinal = 0; ordinal < ordinals; ordinal++) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ordinal).utf8ToString());
            if (path.length != 2) {
                dimensionOf[ordinal] = -1;
                continue;
            }
            int dimension = dimensionNumbers.computeIfAbsent(path[0], name -> {
                valuesOf.add(new ArrayList<>());
                return valuesOf.size() - 1;
            });
            dimensionOf[ordinal] = dimension;
            valueOf[ordinal] = valuesOf.get(dimension).size();
            valuesOf.get(dimension).add(path[1]);
        }
        List<List<FixedBitSet>> documents = new ArrayList<>();
        for (List<String> dimensionValues : valuesOf) {
            List<FixedBitSet> sets = new ArrayList<>(dimensionValues.size());
            for (int i = 0; i < dimensionValues.size(); i++) {
                sets.add(new FixedBitSet(maxDoc));
            }
            documents.add(sets);
        }
        int[] firstValue = new int[maxDoc + 1];
        int[] packed = new int[Math.max(16, maxDoc * 4)];
        int used = 0;
        int document = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (document <= doc) {
                firstValue[document++] = used;
            }
            for (int i = 0; i < values.docValueCount(); i++) {
                int ordinal = (int) values.nextOrd();
                int dimension = dimensionOf[ordinal];
                if (dimension < 0) {
                    continue;
                }
                documents.get(dimension).get(valueOf[ordinal]).set(doc);
                if (used == packed.length) {
                    packed = java.util.Arrays.copyOf(packed, packed.length * 2);
                }
                packed[used++] = dimension << 16 | valueOf[ordinal];
            }
        }
        while (document <= maxDoc) {
            firstValue[document++] = used;
        }
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        dimensionNumbers.forEach((name, number) -> {
            List<String> names = valuesOf.get(number);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
            dimensions.put(name, new Dimension(number, name, names, index, documents.get(number)));
        });
        return new SegmentFacets(maxDoc, dimensions, firstValue, java.util.Arrays.copyOf(packed, used));
    }

    int maxDoc() {
        return maxDoc;
    }

    /** The documents with this value, or null when no document of this segment has it. */
    FixedBitSet documentsWith(String dimension, String value) {
        Dimension found = dimensions.get(dimension);
        Integer number = found == null ? null : found.index().get(value);
        return number == null ? null : found.documents().get(number);
    }

    /**
     * Adds to {@code counts} how many of the documents in {@code among} have each value of the
     * dimensions named. A few documents are counted one by one; many, by intersecting bit sets, whichever
     * reads less memory.
     */
    void count(FixedBitSet among, List<String> dimensionNames, Map<String, Map<String, Integer>> counts) {
        List<Dimension> wanted = new ArrayList<>();
        long bitSetWork = 0;
        for (String name : dimensionNames) {
            Dimension dimension = dimensions.get(name);
            if (dimension != null) {
                wanted.add(dimension);
                bitSetWork += (long) dimension.values().size() * (maxDoc / 64 + 1);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        int documents = among.cardinality();
        if (documents == 0) {
            return;
        }
        long oneByOneWork = (long) documents * Math.max(1, valueOfDocument.length / Math.max(1, maxDoc)) * 4;
        if (oneByOneWork < bitSetWork) {
            countOneByOne(among, wanted, counts);
        } else {
            for (Dimension dimension : wanted) {
                Map<String, Integer> values = counts.computeIfAbsent(dimension.name(), name -> new HashMap<>());
                for (int i = 0; i < dimension.values().size(); i++) {
                    int count = (int) FixedBitSet.intersectionCount(
                            among, dimension.documents().get(i));
                    if (count > 0) {
                        values.merge(dimension.values().get(i), count, Integer::sum);
                    }
                }
            }
        }
    }

    private void countOneByOne(FixedBitSet among, List<Dimension> wanted, Map<String, Map<String, Integer>> counts) {
        int[][] tallies = new int[dimensions.size()][];
        for (Dimension dimension : wanted) {
            tallies[dimension.number()] = new int[dimension.values().size()];
        }
        for (int doc = among.nextSetBit(0);
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = doc + 1 < maxDoc ? among.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            for (int i = firstValue[doc]; i < firstValue[doc + 1]; i++) {
                int[] tally = tallies[valueOfDocument[i] >>> 16];
                if (tally != null) {
                    tally[valueOfDocument[i] & 0xFFFF]++;
                }
            }
        }
        for (Dimension dimension : wanted) {
            int[] tally = tallies[dimension.number()];
            Map<String, Integer> values = counts.computeIfAbsent(dimension.name(), name -> new HashMap<>());
            for (int i = 0; i < tally.length; i++) {
                if (tally[i] > 0) {
                    values.merge(dimension.values().get(i), tally[i], Integer::sum);
                }
            }
        }
    }
}
