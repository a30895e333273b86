package vn.doimoi.market.listing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.ListingView;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.search.VietnameseAnalysis;
import vn.doimoi.shared.text.VietnameseText;

/**
 * The marketplace's live listings narrowed by a {@link ListingFilter}: the facts in the database,
 * the words through the Vietnamese index (only live listings are indexed), the most relevant first
 * when words are given, else the latest published first. Anonymous owners stay hidden.
 */
@Service
@Transactional(readOnly = true)
public class MarketSearch {

    /** More words-matching listings than this are not worth paging through: the reader narrows. */
    static final int MAX_TEXT_HITS = 500;

    private static final List<String> TEXT_FIELDS = List.of("title", "summary", "body");

    /** One page of what fits, with how many fit in all. */
    public record Found(List<ListingView> listings, long total) {}

    private final EntityManager entityManager;
    private final ListingViews views;
    private final ListingRepository repository;

    MarketSearch(EntityManager entityManager, ListingViews views, ListingRepository repository) {
        this.entityManager = entityManager;
        this.views = views;
        this.repository = repository;
    }

    public Found find(ListingFilter filter, Paging paging) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" from Listing l where l.status in :live");
        parameters.put("live", Listings.LIVE);
        narrow(filter, where, parameters);
        String words = VietnameseText.clean(filter.query());
        if (words.isEmpty()) {
            long total = query(where, "select count(l)", Long.class, parameters).getSingleResult();
            List<Listing> page = query(
                            where.append(" order by l.publishedAt desc, l.id"), "select l", Listing.class, parameters)
                    .setFirstResult(paging.page() * paging.size())
                    .setMaxResults(paging.size())
                    .getResultList();
            return new Found(page.stream().map(views::publicView).toList(), total);
        }
        List<UUID> ranked = textHits(words);
        if (ranked.isEmpty()) {
            return new Found(List.of(), 0);
        }
        parameters.put("ids", ranked);
        List<Listing> fitting =
                new ArrayList<>(query(where.append(" and l.id in :ids"), "select l", Listing.class, parameters)
                        .getResultList());
        fitting.sort(Comparator.comparingInt(each -> ranked.indexOf(each.id())));
        int from = Math.min(fitting.size(), paging.page() * paging.size());
        int to = Math.min(fitting.size(), from + paging.size());
        return new Found(
                fitting.subList(from, to).stream().map(views::publicView).toList(), fitting.size());
    }

    /** The provinces live listings name, for the filter's choices. */
    public List<String> provinces() {
        return repository.findRegions(Listings.LIVE);
    }

    private static void narrow(ListingFilter filter, StringBuilder where, Map<String, Object> parameters) {
        if (filter.kind() != null) {
            where.append(" and l.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.sector() != null) {
            where.append(
                    " and exists (select c from Listing x join x.fieldCodes c where x.id = l.id and c like :sector)");
            parameters.put("sector", filter.sector() + "%");
        }
        if (filter.trlMin() != null) {
            where.append(" and l.trl >= :trl");
            parameters.put("trl", filter.trlMin());
        }
        if (filter.mode() != null) {
            where.append(" and :mode member of l.modes");
            parameters.put("mode", filter.mode());
        }
        if (filter.priceMin() != null) {
            where.append(" and coalesce(l.priceMax, l.priceMin) >= :priceMin");
            parameters.put("priceMin", filter.priceMin());
        }
        if (filter.priceMax() != null) {
            where.append(" and coalesce(l.priceMin, l.priceMax) <= :priceMax");
            parameters.put("priceMax", filter.priceMax());
        }
        if (filter.province() != null) {
            where.append(" and l.region = :province");
            parameters.put("province", filter.province());
        }
    }

    private <T> TypedQuery<T> query(CharSequence where, String select, Class<T> type, Map<String, Object> parameters) {
        TypedQuery<T> query = entityManager.createQuery(select + where, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Live listings whose title, summary or description match the words, the best first. */
    private List<UUID> textHits(String words) {
        return Search.session(entityManager)
                .search(Listing.class)
                .select(f -> f.id(UUID.class))
                .where(f -> f.bool().with(any -> {
                    for (String field : TEXT_FIELDS) {
                        for (var each : VietnameseAnalysis.fieldsFor(field, words)) {
                            any.should(
                                    f.match().field(each.name()).matching(words).boost(each.boost()));
                        }
                    }
                }))
                .fetchHits(MAX_TEXT_HITS);
    }
}
