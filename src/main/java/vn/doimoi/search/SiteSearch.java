package vn.doimoi.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.search.VietnameseAnalysis;
import vn.doimoi.shared.text.VietnameseText;

/** The one search: Vietnamese-aware relevance over every registered kind of record. */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

    public static final int MAX_PAGE_SIZE = 50;
    // Long enough for a real question (the longest of XQuAD-R Vietnamese is 244 characters).
    private static final int MAX_QUERY_LENGTH = 500;

    private final EntityManager entityManager;
    private final Map<String, SearchableType> typesByEntity = new LinkedHashMap<>();
    private final Map<String, SearchableType> typesByKey = new LinkedHashMap<>();
    private final Map<String, FacetValueLabels> labelsByField = new LinkedHashMap<>();

    SiteSearch(EntityManager entityManager, List<SearchableType> types, List<FacetValueLabels> labels) {
        this.entityManager = entityManager;
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
            throw new DomainException(400, "search.error.queryTooLong", MAX_QUERY_LENGTH);
        }
        if (typeKey != null && !typeKey.isBlank() && !typesByKey.containsKey(typeKey)) {
            throw new DomainException(400, "search.error.unknownType", typeKey);
        }
        Map<String, String> filters = new TreeMap<>();
        rawFilters.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                if (!facetFields().contains(field)) {
                    throw new DomainException(400, "search.error.unknownFacet", field);
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
            return new SearchResults(query, type, filters, List.of(), 0, Map.of(), Map.of(), pageNumber, pageSize);
        }
        SearchSession session = Search.session(entityManager);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SearchableType each : candidates) {
            SearchScope<Object> scope = session.scope(Object.class, List.of(each.entityName()));
            long count = session.search(scope)
                    .where(f -> matching(f, query, filters))
                    .fetchTotalHitCount();
            if (count > 0) {
                counts.put(each.key(), count);
            }
        }
        List<SearchableType> selected = candidates.stream()
                .filter(each -> type == null || each.key().equals(type))
                .toList();
        if (selected.isEmpty()) {
            return new SearchResults(query, type, filters, List.of(), 0, counts, Map.of(), pageNumber, pageSize);
        }
        Map<String, Map<String, Long>> facets = facets(session, selected, query, filters);
        List<String> entityNames =
                selected.stream().map(SearchableType::entityName).toList();
        SearchScope<Object> scope = session.scope(Object.class, entityNames);
        String titleField = VietnameseAnalysis.highlightFieldFor("title", query);
        String summaryField = VietnameseAnalysis.highlightFieldFor("summary", query);
        SearchResult<List<?>> result = session.search(scope)
                .select(f -> f.composite(
                        f.entityReference(),
                        f.field("title", String.class),
                        f.highlight(titleField).highlighter("title"),
                        f.highlight(summaryField)))
                .where(f -> matching(f, query, filters))
                .highlighter(f -> f.unified()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .numberOfFragments(2))
                // The encoder is set once, on the default highlighter: named ones inherit it, and
                // OpenSearch/Elasticsearch refuse a per-field encoder.
                .highlighter("title", f -> f.unified().tag("<mark>", "</mark>").numberOfFragments(1))
                .fetch(pageNumber * pageSize, pageSize);
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            EntityReference reference = (EntityReference) row.get(0);
            SearchableType kind = typesByEntity.get(reference.name());
            String title = (String) row.get(1);
            @SuppressWarnings("unchecked")
            List<String> titleHighlights = (List<String>) row.get(2);
            @SuppressWarnings("unchecked")
            List<String> summaryHighlights = (List<String>) row.get(3);
            String titleHtml = titleHighlights.isEmpty() ? HtmlUtils.htmlEscape(title) : titleHighlights.get(0);
            hits.add(new SearchHit(
                    kind.key(),
                    String.valueOf(reference.id()),
                    title,
                    titleHtml,
                    String.join(" … ", summaryHighlights),
                    kind.url(reference.id())));
        }
        return new SearchResults(
                query, type, filters, hits, result.total().hitCount(), counts, facets, pageNumber, pageSize);
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
        return labels == null ? value : labels.label(value, language);
    }

    /** For each facet field, hits per value among the selected kinds that have the field. */
    private Map<String, Map<String, Long>> facets(
            SearchSession session, List<SearchableType> selected, String query, Map<String, String> filters) {
        Map<String, Map<String, Long>> facets = new TreeMap<>();
        for (String field : facetFields()) {
            List<String> names = selected.stream()
                    .filter(each -> each.facets().contains(field))
                    .map(SearchableType::entityName)
                    .toList();
            if (names.isEmpty()) {
                continue;
            }
            AggregationKey<Map<String, Long>> key = AggregationKey.of(field);
            SearchScope<Object> scope = session.scope(Object.class, names);
            Map<String, Long> values = session.search(scope)
                    .where(f -> matching(f, query, filters))
                    .aggregation(key, f -> {
                        var terms = f.terms().field(field, String.class).maxTermCount(20);
                        return SearchableType.YEAR.equals(field) ? terms.orderByTermDescending() : terms;
                    })
                    .fetch(0)
                    .aggregation(key);
            if (!values.isEmpty()) {
                facets.put(field, values);
            }
        }
        return facets;
    }

    /** Titles weigh twice the summaries; within each, exact fields weigh more than folded ones. */
    private static PredicateFinalStep matching(SearchPredicateFactory f, String query, Map<String, String> filters) {
        return f.bool().with(outer -> {
            outer.must(matching(f, query));
            filters.forEach(
                    (field, value) -> outer.filter(f.match().field(field).matching(value)));
        });
    }

    private static PredicateFinalStep matching(SearchPredicateFactory f, String query) {
        return f.bool().with(bool -> {
            for (var field : VietnameseAnalysis.fieldsFor("title", query)) {
                bool.should(f.match().field(field.name()).matching(query).boost(field.boost() * 2));
            }
            for (var field : VietnameseAnalysis.fieldsFor("summary", query)) {
                bool.should(f.match().field(field.name()).matching(query).boost(field.boost()));
            }
        });
    }
}
