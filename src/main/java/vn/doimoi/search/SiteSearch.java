package vn.doimoi.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final int MAX_QUERY_LENGTH = 200;

    private final EntityManager entityManager;
    private final Map<String, SearchableType> typesByEntity = new LinkedHashMap<>();
    private final Map<String, SearchableType> typesByKey = new LinkedHashMap<>();

    SiteSearch(EntityManager entityManager, List<SearchableType> types) {
        this.entityManager = entityManager;
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
        String query = VietnameseText.clean(rawQuery == null ? "" : rawQuery);
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new DomainException(400, "search.error.queryTooLong", MAX_QUERY_LENGTH);
        }
        if (typeKey != null && !typeKey.isBlank() && !typesByKey.containsKey(typeKey)) {
            throw new DomainException(400, "search.error.unknownType", typeKey);
        }
        String type = typeKey == null || typeKey.isBlank() ? null : typeKey;
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        if (query.isEmpty() || typesByKey.isEmpty()) {
            return new SearchResults(query, type, List.of(), 0, Map.of(), pageNumber, pageSize);
        }
        SearchSession session = Search.session(entityManager);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SearchableType each : typesByKey.values()) {
            SearchScope<Object> scope = session.scope(Object.class, List.of(each.entityName()));
            long count = session.search(scope).where(f -> matching(f, query)).fetchTotalHitCount();
            if (count > 0) {
                counts.put(each.key(), count);
            }
        }
        List<String> entityNames = type == null
                ? typesByKey.values().stream().map(SearchableType::entityName).toList()
                : List.of(typesByKey.get(type).entityName());
        SearchScope<Object> scope = session.scope(Object.class, entityNames);
        String titleField = VietnameseAnalysis.highlightFieldFor("title", query);
        String summaryField = VietnameseAnalysis.highlightFieldFor("summary", query);
        SearchResult<List<?>> result = session.search(scope)
                .select(f -> f.composite(
                        f.entityReference(),
                        f.field("title", String.class),
                        f.highlight(titleField).highlighter("title"),
                        f.highlight(summaryField)))
                .where(f -> matching(f, query))
                .highlighter(f -> f.unified()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .numberOfFragments(2)
                        .noMatchSize(200))
                .highlighter(
                        "title",
                        f -> f.unified()
                                .encoder(HighlighterEncoder.HTML)
                                .tag("<mark>", "</mark>")
                                .numberOfFragments(1))
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
        return new SearchResults(query, type, hits, result.total().hitCount(), counts, pageNumber, pageSize);
    }

    /** Titles weigh twice the summaries; within each, exact fields weigh more than folded ones. */
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
