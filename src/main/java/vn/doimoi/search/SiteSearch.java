package vn.doimoi.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.kept.KeptValues;
import vn.doimoi.shared.search.ExactKeys;
import vn.doimoi.shared.text.VietnameseText;

/**
 * The one search: Vietnamese-aware relevance over every registered kind of record.
 *
 * <p>No transaction: a search reads the index only (entity references and stored fields, no
 * entity is loaded), so it takes no database connection. A read-only transaction took one from
 * the pool of ten for the whole search, and 32 concurrent readers queued for them (JFR under wrk,
 * issue 22).
 */
@Service
public class SiteSearch {

    public static final int MAX_PAGE_SIZE = 50;
    // Long enough for a real question (the longest of XQuAD-R Vietnamese is 244 characters).
    private static final int MAX_QUERY_LENGTH = 500;
    private static final int FACET_VALUES = 20;

    private final EntityManagerFactory entityManagerFactory;
    /**
     * Takes a search's tallies only when a tally thread is free, with no queue: under concurrent
     * searches the request threads already use every core, and a tally queued behind others made
     * its request wait for it (JFR under wrk at 32 connections, issue 22); the request thread then
     * runs its tallies itself.
     */
    private final ExecutorService tallyThreads = new ThreadPoolExecutor(
            0,
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            work -> {
                Thread thread = new Thread(work, "search-tally");
                thread.setDaemon(true);
                return thread;
            },
            new ThreadPoolExecutor.DiscardPolicy());

    private final Map<String, SearchableType> typesByEntity = new LinkedHashMap<>();
    private final Map<String, SearchableType> typesByKey = new LinkedHashMap<>();
    private final Map<String, FacetValueLabels> labelsByField = new LinkedHashMap<>();
    private final Map<String, Boolean> exactByEntity = new java.util.concurrent.ConcurrentHashMap<>();

    /** Facet value names, read once per version of the tables they come from. */
    private final KeptValues kept;

    SiteSearch(
            EntityManagerFactory entityManagerFactory,
            List<SearchableType> types,
            List<FacetValueLabels> labels,
            KeptValues kept) {
        this.entityManagerFactory = entityManagerFactory;
        this.kept = kept;
        labels.forEach(each -> labelsByField.put(each.field(), each));
        for (SearchableType type : types) {
            typesByEntity.put(type.entityName(), type);
            typesByKey.put(type.key(), type);
        }
    }

    public List<SearchableType> types() {
        return List.copyOf(typesByKey.values());
    }

    /**
     * Searches every kind, or only {@code typeKey} when given. Pages start at 0.
     *
     * @throws DomainException when the type is unknown or the query too long
     */
    public SearchResults search(String rawQuery, @Nullable String typeKey, int page, int size) {
        return search(rawQuery, typeKey, Map.of(), page, size);
    }

    /**
     * Searches as {@link #search(String, String, int, int)}, keeping only records whose facet
     * fields have the given values ({@code fieldCode → 401}); kinds without such a field drop out.
     */
    public SearchResults search(
            String rawQuery, @Nullable String typeKey, Map<String, String> rawFilters, int page, int size) {
        String query = VietnameseText.clean(rawQuery == null ? "" : rawQuery);
        if (query.length() > MAX_QUERY_LENGTH) {
            throw DomainException.invalid("search.error.queryTooLong", MAX_QUERY_LENGTH);
        }
        if (typeKey != null && !typeKey.isBlank() && !typesByKey.containsKey(typeKey)) {
            throw DomainException.invalid("search.error.unknownType", typeKey);
        }
        Map<String, String> filters = new TreeMap<>();
        rawFilters.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                if (!facetFields().contains(field)) {
                    throw DomainException.invalid("search.error.unknownFacet", field);
                }
                filters.put(field, value.strip());
            }
        });
        String type = typeKey == null || typeKey.isBlank() ? null : typeKey;
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        List<SearchableType> candidates = typesByKey.values().stream()
                .filter(each -> each.supports(filters.keySet()))
                .toList();
        if (query.isEmpty() || candidates.isEmpty()) {
            return new SearchResults(
                    query, type, filters, List.of(), 0, Map.of(), Map.of(), false, pageNumber, pageSize);
        }
        // a session of its own, that opens no connection: nothing here loads an entity
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return search(Search.session(entityManager), candidates, type, query, filters, pageNumber, pageSize);
        }
    }

    private SearchResults search(
            SearchSession session,
            List<SearchableType> candidates,
            @Nullable String type,
            String query,
            Map<String, String> filters,
            int pageNumber,
            int pageSize) {
        // The tallies (one unscored pass per kind: its count and, for the kinds shown, the facets)
        // run beside the ranked query on a free core; the request thread runs them itself if no
        // tally thread was free to take them up.
        FutureTask<Map<String, LuceneTally.Tally>> onLucene =
                new FutureTask<>(() -> luceneTallies(candidates, type, query, filters));
        tallyThreads.execute(onLucene);
        List<SearchableType> selected = candidates.stream()
                .filter(each -> type == null || each.key().equals(type))
                .toList();
        List<List<?>> ranked = selected.isEmpty()
                ? List.of()
                : rankedPage(session, selected, query, filters, pageNumber, pageSize, hasExact(selected));
        Map<String, LuceneTally.Tally> tallied = joined(onLucene);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        long total = 0;
        boolean estimated = false;
        for (SearchableType each : candidates) {
            boolean shown = type == null || each.key().equals(type);
            LuceneTally.Tally lucene = tallied.get(each.key());
            KindTally tally = lucene != null
                    ? new KindTally(lucene.count(), lucene.facets(), lucene.estimated())
                    : tally(session, each, shown, query, filters);
            estimated |= shown && tally.estimated();
            if (tally.count() > 0) {
                counts.put(each.key(), tally.count());
            }
            if (shown) {
                total += tally.count();
                tally.facets()
                        .forEach((field, values) -> values.forEach(
                                (value, hits) -> facets.computeIfAbsent(field, any -> new LinkedHashMap<>())
                                        .merge(value, hits, Long::sum)));
            }
        }
        if (selected.isEmpty() || total == 0) {
            return new SearchResults(query, type, filters, List.of(), 0, counts, Map.of(), false, pageNumber, pageSize);
        }
        Highlights highlights = new Highlights(query);
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> row : ranked) {
            EntityReference reference = (EntityReference) row.get(0);
            SearchableType kind = typesByEntity.get(reference.name());
            String title = (String) row.get(1);
            hits.add(new SearchHit(
                    kind.key(),
                    String.valueOf(reference.id()),
                    title,
                    highlights.title(title),
                    highlights.passages((String) row.get(2)),
                    kind.url(reference.id())));
        }
        return new SearchResults(
                query, type, filters, hits, total, counts, sortedFacets(facets), estimated, pageNumber, pageSize);
    }

    /** The page of ranked hits: entity reference, title, summary. */
    private static List<List<?>> rankedPage(
            SearchSession session,
            List<SearchableType> selected,
            String query,
            Map<String, String> filters,
            int pageNumber,
            int pageSize,
            boolean exact) {
        List<String> entityNames =
                selected.stream().map(SearchableType::entityName).toList();
        SearchScope<Object> scope = session.scope(Object.class, entityNames);
        return session.search(scope)
                .select(f -> f.composite(
                        f.entityReference(), f.field("title", String.class), f.field("summary", String.class)))
                .where(f -> SearchPredicates.matching(f, query, filters, exact))
                // The total comes from the tallies: the ranked query only needs its page, so
                // Lucene may skip records that cannot reach it (block-max WAND).
                .totalHitCountThreshold((long) (pageNumber + 1) * pageSize)
                .fetchHits(pageNumber * pageSize, pageSize);
    }

    /** The tallies of the kinds on Lucene, by kind key (the others are tallied by Hibernate Search). */
    private Map<String, LuceneTally.Tally> luceneTallies(
            List<SearchableType> candidates, @Nullable String type, String query, Map<String, String> filters) {
        Map<String, LuceneTally.Tally> tallies = new HashMap<>();
        for (SearchableType each : candidates) {
            boolean shown = type == null || each.key().equals(type);
            LuceneTally.Tally tally = LuceneTally.of(entityManagerFactory, each, shown, query, filters);
            if (tally != null) {
                tallies.put(each.key(), tally);
            }
        }
        return tallies;
    }

    private static <T> T joined(FutureTask<T> task) {
        task.run(); // nothing if a tally thread has started it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stopTallyThreads() {
        tallyThreads.shutdownNow();
    }

    /** The facet fields some registered kind has, e.g. fieldCode and province. */
    public Set<String> facetFields() {
        Set<String> fields = new TreeSet<>();
        typesByKey.values().forEach(each -> fields.addAll(each.facets()));
        return fields;
    }

    /** A facet value's name for people, when a module names them (field codes). */
    public String facetLabel(String field, String value, String language) {
        FacetValueLabels labels = labelsByField.get(field);
        return labels == null
                ? value
                : kept.get(List.of("search.facetLabel", field, value, language), () -> labels.label(value, language));
    }

    /**
     * The names of a facet's values for people, by value, read at once (the values themselves when
     * unnamed), in the order asked.
     */
    public Map<String, String> facetLabels(String field, java.util.Collection<String> values, String language) {
        FacetValueLabels labels = labelsByField.get(field);
        if (labels == null) {
            Map<String, String> same = new LinkedHashMap<>();
            values.forEach(value -> same.put(value, value));
            return same;
        }
        List<String> asked = List.copyOf(values);
        // kept per version of the names' tables: a module may read them from the database (the
        // field taxonomy does, whole), and every search page asks for them
        return kept.get(
                List.of("search.facetLabels", field, language, asked),
                () -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels.labels(asked, language))));
    }

    /** How many records of one kind match, and per facet value when the kind is shown (estimated: from a sample). */
    private record KindTally(long count, Map<String, Map<String, Long>> facets, boolean estimated) {}

    private KindTally tally(
            SearchSession session, SearchableType kind, boolean withFacets, String query, Map<String, String> filters) {
        SearchScope<Object> scope = session.scope(Object.class, List.of(kind.entityName()));
        boolean exact = hasExact(List.of(kind));
        var step = session.search(scope).where(f -> SearchPredicates.sameMatches(f, query, filters, exact));
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        if (withFacets) {
            for (String field : kind.facets()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(field);
                keys.put(field, key);
                step = step.aggregation(key, f -> {
                    // The indexed text, not the mapped type: a facet may be an enum in one kind's mapping.
                    var terms = f.terms()
                            .field(field, String.class, ValueModel.INDEX)
                            .maxTermCount(FACET_VALUES);
                    return SearchableType.YEAR.equals(field) ? terms.orderByTermDescending() : terms;
                });
            }
        }
        SearchResult<?> result = step.fetch(0);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((field, key) -> facets.put(field, result.aggregation(key)));
        return new KindTally(result.total().hitCount(), facets, false);
    }

    /** Per field the values with the most hits (years newest first), at most {@value #FACET_VALUES}. */
    private static Map<String, Map<String, Long>> sortedFacets(Map<String, Map<String, Long>> summed) {
        Map<String, Map<String, Long>> sorted = new TreeMap<>();
        summed.forEach((field, values) -> {
            if (values.isEmpty()) {
                return;
            }
            Comparator<Map.Entry<String, Long>> order = SearchableType.YEAR.equals(field)
                    ? Map.Entry.<String, Long>comparingByKey().reversed()
                    : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
            Map<String, Long> top = new LinkedHashMap<>();
            values.entrySet().stream()
                    .sorted(order)
                    .limit(FACET_VALUES)
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
            sorted.put(field, top);
        });
        return sorted;
    }

    /** Whether any of these kinds fills {@link ExactKeys#FIELD} (a scope without it cannot query it). */
    private boolean hasExact(List<SearchableType> kinds) {
        return kinds.stream()
                .anyMatch(kind -> exactByEntity.computeIfAbsent(
                        kind.entityName(),
                        name -> Search.mapping(entityManagerFactory)
                                .indexedEntity(name)
                                .indexManager()
                                .descriptor()
                                .field(ExactKeys.FIELD)
                                .isPresent()));
    }
}
