package org.kompanjoner.search.internal;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents already found for one search, one bit set per segment of the searcher they were found
 * with, so that Lucene ranks and sorts just those. Valid only with that searcher, never cached.
 */
final class DocumentsQuery extends Query {

    private final FixedBitSet[] perSegment;

    DocumentsQuery(FixedBitSet[] perSegment) {
        this.perSegment = perSegment;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                FixedBitSet documents = perSegment[context.ord];
                int count = documents == null ? 0 : documents.cardinality();
                return count == 0
                        ? null
                        : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(documents, count));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "documents found";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
