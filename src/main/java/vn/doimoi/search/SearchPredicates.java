package vn.doimoi.search;

import java.util.Map;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import vn.doimoi.shared.search.ExactKeys;
import vn.doimoi.shared.search.VietnameseAnalysis;

/** The predicates of the one search: how a query matches and ranks (taken out of {@link SiteSearch}). */
final class SearchPredicates {

    /** A document's number or a person's name typed as it is weighs this much more than a shared word. */
    private static final float EXACT_BOOST = 50f;

    private SearchPredicates() {}

    /**
     * The records {@link #matching(SearchPredicateFactory, String, Map, boolean)} finds, without scoring: the folded fields hold every match
     * of the exact and shingle fields (see {@link VietnameseAnalysis#matchingField}).
     */
    static PredicateFinalStep sameMatches(
            SearchPredicateFactory f, String query, Map<String, String> filters, boolean exact) {
        return f.bool().with(outer -> {
            outer.filter(f.bool().with(any -> {
                any.should(f.match()
                        .field(VietnameseAnalysis.matchingField("title"))
                        .matching(query));
                any.should(f.match()
                        .field(VietnameseAnalysis.matchingField("summary"))
                        .matching(query));
                if (exact) {
                    any.should(exactly(f, query));
                }
            }));
            filters.forEach(
                    (field, value) -> outer.filter(f.match().field(field).matching(value)));
        });
    }

    /** Titles weigh twice the summaries; within each, exact fields weigh more than folded ones. */
    static PredicateFinalStep matching(
            SearchPredicateFactory f, String query, Map<String, String> filters, boolean exact) {
        return f.bool().with(outer -> {
            outer.must(matching(f, query, exact));
            filters.forEach(
                    (field, value) -> outer.filter(f.match().field(field).matching(value)));
        });
    }

    static PredicateFinalStep matching(SearchPredicateFactory f, String query, boolean exact) {
        return f.bool().with(bool -> {
            // a document's number or a person's name typed as it is: that record (and what the
            // person wrote) before anything that merely shares a word with the query
            if (exact) {
                bool.should(exactly(f, query).boost(EXACT_BOOST));
            }
            for (var field : VietnameseAnalysis.fieldsFor("title", query)) {
                bool.should(f.match().field(field.name()).matching(query).boost(field.boost() * 2));
            }
            for (var field : VietnameseAnalysis.fieldsFor("summary", query)) {
                bool.should(f.match().field(field.name()).matching(query).boost(field.boost()));
            }
        });
    }

    static org.hibernate.search.engine.search.predicate.dsl.TermsPredicateOptionsStep<?> exactly(
            SearchPredicateFactory f, String query) {
        return f.terms().field(ExactKeys.FIELD).matchingAny(ExactKeys.forQuery(query));
    }
}
