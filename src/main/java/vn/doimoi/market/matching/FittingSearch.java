package vn.doimoi.market.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The best records by text among those that fit, in one pass over the index: the text query
 * stays a pure disjunction, which Lucene prunes with MaxScore, and the filter is applied as the
 * records are collected (a bit set per segment), so only fitting records raise the score a record
 * must beat to enter the top. With the filter as a clause of the query instead, Lucene 9 scores a
 * conjunction with WAND, and the matching benchmark spent a third of its time there (JFR).
 *
 * <p>Records to leave out by id (the subject, its owner's other listings) are few: the search
 * keeps that many more and drops them afterwards, which is exact, since each dropped record frees
 * one place that the next-best fitting record would have taken.
 */
final class FittingSearch {

    /**
     * Where Hibernate Search keeps a record's id in its Lucene documents: binary doc values, which
     * its own id projection reads (MetadataFields.idDocValueFieldName(), an internal class, hence
     * the copy; {@code FittingSearchTests} and the matching tests fail if it moves).
     */
    static final String ID_FIELD = "__HSEARCH_id_docvalue";

    record Hit(UUID id, float score) {}

    private FittingSearch() {}

    /**
     * @return the best {@code wanted} fitting hits, best first; null when a hit has no id
     *     (an index written by another version), so that the caller takes its general path
     */
    static @Nullable List<Hit> best(IndexReader reader, Query text, Query fits, Set<UUID> leftOut, int wanted)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null); // each matching has its own filter: nothing worth caching
        Weight filter = searcher.createWeight(searcher.rewrite(fits), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int kept = wanted + leftOut.size();
        TopDocs top = searcher.search(text, new Filtered(new TopScoreDocCollectorManager(kept, null, kept), filter));
        List<Hit> hits = new ArrayList<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (ScoreDoc doc : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID_FIELD);
            if (!ids.advanceExact(doc.doc - leaf.docBase)) {
                return null;
            }
            UUID uuid = UUID.fromString(ids.binaryValue().utf8ToString());
            if (!leftOut.contains(uuid) && hits.size() < wanted) {
                hits.add(new Hit(uuid, doc.score));
            }
        }
        return hits;
    }

    /** Top-score collectors that see only the records the filter lets through. */
    private record Filtered(TopScoreDocCollectorManager top, Weight filter)
            implements CollectorManager<FittingCollector, TopDocs> {

        @Override
        public FittingCollector newCollector() {
            return new FittingCollector(top.newCollector(), filter);
        }

        @Override
        public TopDocs reduce(Collection<FittingCollector> collectors) throws IOException {
            List<TopScoreDocCollector> inner = new ArrayList<>();
            collectors.forEach(collector -> inner.add(collector.top));
            return top.reduce(inner);
        }
    }

    private static final class FittingCollector extends FilterCollector {

        private final TopScoreDocCollector top;
        private final Weight filter;

        FittingCollector(TopScoreDocCollector top, Weight filter) {
            super(top);
            this.top = top;
            this.filter = filter;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Scorer fitting = filter.scorer(context);
            if (fitting == null) {
                throw new CollectionTerminatedException(); // nothing in this segment fits
            }
            FixedBitSet fits = new FixedBitSet(context.reader().maxDoc());
            fits.or(fitting.iterator());
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    if (fits.get(doc)) {
                        super.collect(doc);
                    }
                }
            };
        }
    }
}
