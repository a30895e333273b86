package vn.doimoi.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.search.VietnameseAnalysis;

/**
 * How many records of one kind match a query, and how many per facet value, counted on the kind's
 * Lucene index in one pass: the matches are gathered in a bit set per segment (Lucene's bulk
 * disjunction scorer, no scores), then the facet values are read from doc values.
 *
 * <p>The count is always exact. Facet counts are exact up to {@value #SAMPLE} matches; above,
 * they are estimated from an evenly spaced sample of that many matches (in index order, which is
 * the order records were written, so every period is represented) and scaled to the count, and the
 * tally says so. Reading facet values was most of a search's time when a query of common syllables
 * matched most of 100,000 records (JFR on the search-speed benchmark, Hibernate Search's terms
 * aggregations).
 */
final class LuceneTally {

    static final int SAMPLE = 5_000;

    private static final List<String> MATCHING_FIELDS =
            List.of(VietnameseAnalysis.matchingField("title"), VietnameseAnalysis.matchingField("summary"));

    /** @param estimated whether the facet counts come from a sample */
    record Tally(long count, Map<String, Map<String, Long>> facets, boolean estimated) {}

    private LuceneTally() {}

    /**
     * The tally of one kind: the records whose title or summary matches any word of the query
     * (folded, as the ranked query's folded fields) and that have every filter value.
     *
     * @return null when the kind's index is not a Lucene index (OpenSearch)
     */
    static @Nullable Tally of(
            EntityManagerFactory entityManagerFactory,
            SearchableType kind,
            boolean withFacets,
            String query,
            Map<String, String> filters) {
        Analyzer analyzer;
        try {
            analyzer = Search.mapping(entityManagerFactory)
                    .indexedEntity(kind.entityName())
                    .indexManager()
                    .unwrap(LuceneIndexManager.class)
                    .searchAnalyzer();
        } catch (SearchException notLucene) {
            return null;
        }
        Query matches = matches(analyzer, query, filters);
        // the mapping's scope, not a session's: a tally needs no persistence context and may run on any thread
        try (IndexReader reader = Search.mapping(entityManagerFactory)
                .scope(Object.class, List.of(kind.entityName()))
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            return matches == null
                    ? new Tally(0, Map.of(), false)
                    : tally(reader, matches, withFacets ? kind.facets() : List.of(), SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tally of the records of {@code reader} that match {@code query}, facet counts sampled above {@code sample}. */
    static Tally tally(IndexReader reader, Query query, List<String> facetFields, int sample) throws IOException {
        List<Matched> matched = collect(reader, query);
        long count = 0;
        for (Matched each : matched) {
            count += each.docs().cardinality();
        }
        if (facetFields.isEmpty() || count == 0) {
            return new Tally(count, Map.of(), false);
        }
        return facets(matched, facetFields, count, sample);
    }

    private static @Nullable Query matches(Analyzer analyzer, String query, Map<String, String> filters) {
        QueryBuilder words = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean anyWord = false;
        for (String field : MATCHING_FIELDS) {
            Query inField = words.createBooleanQuery(field, query);
            if (inField != null) {
                any.add(inField, BooleanClause.Occur.SHOULD);
                anyWord = true;
            }
        }
        if (!anyWord) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.FILTER);
        filters.forEach((field, value) -> all.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER));
        return all.build();
    }

    /** One segment's matching records. */
    private record Matched(LeafReaderContext leaf, FixedBitSet docs) {}

    private static List<Matched> collect(IndexReader reader, Query query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        List<Matched> matched = new ArrayList<>();
        searcher.search(query, new Collector() {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) {
                FixedBitSet docs = new FixedBitSet(context.reader().maxDoc());
                matched.add(new Matched(context, docs));
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) {
                        docs.set(doc);
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return matched;
    }

    private static Tally facets(List<Matched> matched, List<String> fields, long count, int sample) throws IOException {
        long stride = Math.max(1, (count + sample - 1) / sample);
        Map<String, Map<String, Long>> counted = new LinkedHashMap<>();
        fields.forEach(field -> counted.put(field, new LinkedHashMap<>()));
        long position = 0;
        long sampled = 0;
        for (Matched each : matched) {
            List<SortedSetDocValues> values = new ArrayList<>();
            List<int[]> perOrdinal = new ArrayList<>();
            for (String field : fields) {
                SortedSetDocValues docValues =
                        DocValues.getSortedSet(each.leaf().reader(), field);
                values.add(docValues);
                perOrdinal.add(new int[(int) docValues.getValueCount()]);
            }
            // Words of the bit set whose matches hold no sampled position are skipped by their bit
            // count: above the sample size most matches are never looked at (JFR: this loop was 7%
            // of a search's time when it visited every match to count positions).
            long[] words = each.docs().getBits();
            for (int w = 0; w < words.length; w++) {
                long word = words[w];
                int inWord = Long.bitCount(word);
                long nextSampled = (position + stride - 1) / stride * stride;
                if (nextSampled >= position + inWord) {
                    position += inWord;
                    continue;
                }
                while (word != 0) {
                    if (position++ % stride == 0) {
                        sampled++;
                        count(values, perOrdinal, (w << 6) + Long.numberOfTrailingZeros(word));
                    }
                    word &= word - 1;
                }
            }
            for (int f = 0; f < fields.size(); f++) {
                int[] counts = perOrdinal.get(f);
                Map<String, Long> byValue = counted.get(fields.get(f));
                for (int ordinal = 0; ordinal < counts.length; ordinal++) {
                    if (counts[ordinal] > 0) {
                        byValue.merge(
                                values.get(f).lookupOrd(ordinal).utf8ToString(), (long) counts[ordinal], Long::sum);
                    }
                }
            }
        }
        boolean estimated = sampled < count;
        if (estimated) {
            double scale = (double) count / sampled;
            counted.values().forEach(byValue -> byValue.replaceAll((value, n) -> Math.max(1, Math.round(n * scale))));
        }
        return new Tally(count, counted, estimated);
    }

    /** Adds one record's facet values to the counts per ordinal. */
    private static void count(List<SortedSetDocValues> values, List<int[]> perOrdinal, int doc) throws IOException {
        for (int f = 0; f < values.size(); f++) {
            SortedSetDocValues docValues = values.get(f);
            if (docValues.advanceExact(doc)) {
                int[] counts = perOrdinal.get(f);
                for (int v = 0; v < docValues.docValueCount(); v++) {
                    counts[(int) docValues.nextOrd()]++;
                }
            }
        }
    }
}
