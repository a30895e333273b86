package vn.doimoi.market.matching;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.CompositeProjectionValueStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.Match;
import vn.doimoi.market.Matches;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.listing.MarketProperties;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Matching on the Hibernate Search index: candidates by Vietnamese text relevance (title,
 * summary and body against the subject's own text), hard filters (live, the other kind, TRL at
 * least the demand's minimum), then {@link MatchScorer} re-ranks with its reasons and the
 * relevance floor drops what does not fit.
 */
@Service
@Transactional(readOnly = true)
public class Matching {

    static final int CANDIDATES = 50;
    /** How many are fetched by text alone before filtering (see {@link #fittingByTextAlone}). */
    static final int OVERFETCH = 2 * CANDIDATES;

    private static final int MAX_QUERY_CHARS = 1500;
    /** Listings left out by id in the one-pass search; an organisation with more takes the filtered query. */
    private static final int MAX_LEFT_OUT = 500;

    private final EntityManager entityManager;
    private final Listings listings;
    private final MarketProperties properties;
    private final Clock clock;
    private final SelfScores selfScores;

    Matching(EntityManager entityManager, Listings listings, MarketProperties properties, Clock clock) {
        this.entityManager = entityManager;
        this.listings = listings;
        this.properties = properties;
        this.clock = clock;
        this.selfScores = new SelfScores(clock);
    }

    /** The best counterparts of a listing (offers and services for a demand; demands for an offer or service). */
    public Matches matchesFor(UUID listingId, int limit) {
        return matchesFor(listings.internal(listingId), limit, true);
    }

    /**
     * @param rerank false gives plain search relevance (the benchmark's baseline): same candidates,
     *     ordered by text relevance alone, no floor
     */
    public Matches matchesFor(ListingView subject, int limit, boolean rerank) {
        String wholeText = queryText(subject);
        if (wholeText.isBlank()) {
            return new Matches(List.of(), 0, properties.matchFloor());
        }
        Set<ListingKind> targets = subject.kind() == ListingKind.DEMAND
                ? Set.of(ListingKind.OFFER, ListingKind.SERVICE)
                : Set.of(ListingKind.DEMAND);
        SearchSession session = Search.session(entityManager);
        SearchScope<Object> scope = session.scope(Object.class, List.of("Listing"));
        String focused = FocusedQuery.of(scope, wholeText);
        TextQuery query = new TextQuery(focused, FlatTextQuery.of(entityManager, focused));
        Integer minTrl = subject.kind() == ListingKind.DEMAND ? subject.trl() : null;
        // an organisation's own listings are never its matches (issue 8): neither side of a deal with itself
        Set<UUID> ownListings = subject.owner() == null ? Set.of() : listings.idsOfOrganisation(subject.owner());

        List<List<?>> hits = query.flat() == null
                ? null
                : fittingInOnePass(session, scope, query.flat(), targets, subject.id(), ownListings, minTrl);
        if (hits == null) {
            hits = fittingByTextAlone(session, scope, query, targets, subject.id(), ownListings, minTrl);
        }
        if (hits == null) {
            hits = session.search(scope)
                    .select(f -> candidateFields(f))
                    .where(f -> f.bool().with(bool -> {
                        bool.must(text(f, query));
                        bool.filter(f.terms().field("kind").matchingAny(targets));
                        bool.mustNot(f.id().matching(subject.id()));
                        if (!ownListings.isEmpty()) {
                            bool.mustNot(f.id().matchingAny(ownListings));
                        }
                        if (minTrl != null) {
                            bool.filter(f.or(
                                    f.match().field("kind").matching(ListingKind.SERVICE),
                                    f.range().field("trl").atLeast(minTrl)));
                        }
                    }))
                    // only the best CANDIDATES are needed, not how many match: Lucene may skip the
                    // records that cannot reach them
                    .totalHitCountThreshold(CANDIDATES)
                    .fetchHits(CANDIDATES);
        }
        if (hits.isEmpty()) {
            return new Matches(List.of(), 0, properties.matchFloor());
        }
        double reference = selfScores.get(subject, () -> selfScore(session, scope, subject, query));
        if (reference <= 0) {
            reference = ((Float) hits.get(0).get(1)) / 0.6;
        }
        Instant now = clock.instant();
        LocalDate today = listings.today();
        MatchScorer.Subject who = new MatchScorer.Subject(
                subject.kind(),
                subject.fieldCodes(),
                subject.trl(),
                subject.modes(),
                subject.priceMin(),
                subject.priceMax());
        List<Ranked> shown = new ArrayList<>();
        int belowFloor = 0;
        for (List<?> row : hits) {
            float score = (Float) row.get(1);
            double text = textRelevance(score, reference);
            @SuppressWarnings("unchecked")
            List<String> fieldCodes = (List<String>) row.get(5);
            @SuppressWarnings("unchecked")
            List<CooperationMode> modes = (List<CooperationMode>) row.get(6);
            MatchScorer.Candidate candidate = new MatchScorer.Candidate(
                    (ListingKind) row.get(3),
                    fieldCodes,
                    (Integer) row.get(4),
                    modes,
                    (BigDecimal) row.get(7),
                    (BigDecimal) row.get(8),
                    (Instant) row.get(9),
                    List.of());
            MatchScorer.Scored scored = MatchScorer.score(who, candidate, text, now, today);
            if (rerank && !MatchScorer.passes(scored, properties.matchFloor())) {
                belowFloor++;
                continue;
            }
            shown.add(new Ranked(
                    (UUID) row.get(0),
                    (String) row.get(2),
                    (String) row.get(10),
                    candidate,
                    text,
                    rerank ? scored.score() : text));
        }
        shown.sort(Comparator.comparingDouble(Ranked::score).reversed());
        // The matched terms are a reason only: worked out for the results shown, from their text.
        SharedRuns runs = new SharedRuns(wholeText);
        List<Match> results = new ArrayList<>();
        for (Ranked ranked : shown.subList(0, Math.min(limit, shown.size()))) {
            MatchScorer.Candidate candidate =
                    ranked.candidate().withMatchedTerms(rerank ? runs.in(ranked.title(), ranked.summary()) : List.of());
            MatchScorer.Scored scored = MatchScorer.score(who, candidate, ranked.text(), now, today);
            results.add(new Match(
                    ranked.id(),
                    candidate.kind(),
                    ranked.title(),
                    candidate.trl(),
                    ranked.score(),
                    ranked.text(),
                    scored.reasons()));
        }
        return new Matches(results, belowFloor, properties.matchFloor());
    }

    /**
     * The best {@link #CANDIDATES} that fit, on Lucene: the flat text query filtered while its hits
     * are collected ({@link FittingSearch}), then their fields projected by id. Null when the subject's
     * organisation has too many listings to leave out that way, or the index lacks stored ids.
     */
    private static @Nullable List<List<?>> fittingInOnePass(
            SearchSession session,
            SearchScope<Object> scope,
            Query text,
            Set<ListingKind> targets,
            UUID subjectId,
            Set<UUID> ownListings,
            @Nullable Integer minTrl) {
        Set<UUID> leftOut = new HashSet<>(ownListings);
        leftOut.add(subjectId);
        if (leftOut.size() > MAX_LEFT_OUT) {
            return null;
        }
        List<FittingSearch.Hit> best;
        try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
            best = FittingSearch.best(reader, text, fits(targets, minTrl), leftOut, CANDIDATES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (best == null || best.isEmpty()) {
            return best == null ? null : List.of();
        }
        List<UUID> ids = best.stream().map(FittingSearch.Hit::id).toList();
        Map<UUID, List<?>> rows = new HashMap<>();
        session.search(scope)
                .select(f -> candidateFields(f))
                .where(f -> f.id().matchingAny(ids))
                .fetchHits(ids.size())
                .forEach(row -> rows.put((UUID) row.get(0), row));
        List<List<?>> hits = new ArrayList<>();
        for (FittingSearch.Hit hit : best) {
            List<?> row = rows.get(hit.id());
            if (row != null) { // null: withdrawn between the two reads
                List<Object> scored = new ArrayList<>(row);
                scored.set(1, hit.score());
                hits.add(scored);
            }
        }
        return hits;
    }

    /** The Lucene form of the hard filters: the other kind, and TRL at least the minimum (services have none). */
    private static Query fits(Set<ListingKind> targets, @Nullable Integer minTrl) {
        BooleanQuery.Builder fits = new BooleanQuery.Builder();
        fits.add(
                new TermInSetQuery(
                        "kind",
                        targets.stream().map(kind -> new BytesRef(kind.name())).toList()),
                BooleanClause.Occur.FILTER);
        if (minTrl != null) {
            fits.add(
                    new BooleanQuery.Builder()
                            .add(
                                    new TermQuery(new Term("kind", ListingKind.SERVICE.name())),
                                    BooleanClause.Occur.SHOULD)
                            .add(IntPoint.newRangeQuery("trl", minTrl, Integer.MAX_VALUE), BooleanClause.Occur.SHOULD)
                            .build(),
                    BooleanClause.Occur.FILTER);
        }
        return fits.build();
    }

    /**
     * The best {@link #CANDIDATES} that fit, found by text alone: the text query by itself is a pure
     * disjunction, which Lucene prunes with MaxScore, whereas with the filters as clauses it becomes
     * a conjunction scored by WAND, several times slower (JFR on the matching benchmark). So the best
     * {@link #OVERFETCH} by text are fetched and filtered here. The ones that pass, in score order,
     * are exactly the best of the filtered query as soon as {@link #CANDIDATES} of them pass: a
     * record left out of the fetch scores no higher than the last one fetched. Null when too few
     * pass (the other kind is rare, or the subject's own organisation dominates): the caller then
     * asks the filtered query.
     */
    private static @Nullable List<List<?>> fittingByTextAlone(
            SearchSession session,
            SearchScope<Object> scope,
            TextQuery query,
            Set<ListingKind> targets,
            UUID subjectId,
            Set<UUID> ownListings,
            @Nullable Integer minTrl) {
        List<List<?>> fetched = session.search(scope)
                .select(f -> candidateFields(f))
                .where(f -> text(f, query))
                .totalHitCountThreshold(OVERFETCH)
                .fetchHits(OVERFETCH);
        return bestFitting(fetched, CANDIDATES, OVERFETCH, row -> {
            UUID id = (UUID) row.get(0);
            ListingKind kind = (ListingKind) row.get(3);
            Integer trl = (Integer) row.get(4);
            return targets.contains(kind)
                    && !id.equals(subjectId)
                    && !ownListings.contains(id)
                    && (minTrl == null || kind == ListingKind.SERVICE || (trl != null && trl >= minTrl));
        });
    }

    /**
     * The first {@code wanted} of {@code fetched} (best first) that fit; all that fit when the fetch
     * held every match (fewer than {@code fetchedAtMost}); null when it was cut off and fewer fit,
     * since a better fitting record may lie beyond the cut.
     */
    static <T> @Nullable List<T> bestFitting(List<T> fetched, int wanted, int fetchedAtMost, Predicate<T> fits) {
        List<T> fitting = new ArrayList<>();
        for (T row : fetched) {
            if (fits.test(row)) {
                fitting.add(row);
                if (fitting.size() == wanted) {
                    return fitting;
                }
            }
        }
        return fetched.size() < fetchedAtMost ? fitting : null;
    }

    private static CompositeProjectionValueStep<?, List<?>> candidateFields(SearchProjectionFactory<?, ?> f) {
        return f.composite(
                f.id(UUID.class),
                f.score(),
                f.field("title", String.class),
                f.field("kind", ListingKind.class),
                f.field("trl", Integer.class),
                f.field("fieldCode", String.class).list(),
                f.field("mode", CooperationMode.class).list(),
                f.field("priceMin", BigDecimal.class),
                f.field("priceMax", BigDecimal.class),
                f.field("confirmedAt", Instant.class),
                f.field("summary", String.class));
    }

    /** A candidate that passed the floor, before its reasons are written. */
    private record Ranked(
            UUID id,
            String title,
            @Nullable String summary,
            MatchScorer.Candidate candidate,
            double text,
            double score) {}

    /**
     * BM25 scores are not comparable between queries; relative to the subject's own score they
     * are. A candidate scoring 40% of what the subject's own text scores is already a close match.
     */
    static double textRelevance(float score, double reference) {
        return Math.min(1.0, 2.5 * score / reference);
    }

    /** The score the subject's own document gets for the query (it is in the index while live). */
    private static double selfScore(
            SearchSession session, SearchScope<Object> scope, ListingView subject, TextQuery query) {
        if (!subject.status().isLive()) {
            return 0;
        }
        List<Float> self = session.search(scope)
                .select(f -> f.score())
                .where(f -> f.bool().with(bool -> {
                    bool.must(text(f, query));
                    bool.filter(f.id().matching(subject.id()));
                }))
                .fetchHits(1);
        return self.isEmpty() ? 0 : self.get(0);
    }

    /** The text query: flat on Lucene ({@link FlatTextQuery}), as per-field match predicates elsewhere. */
    private static PredicateFinalStep text(SearchPredicateFactory f, TextQuery query) {
        if (query.flat() != null) {
            return f.extension(LuceneExtension.get()).fromLuceneQuery(query.flat());
        }
        return f.bool()
                .with(bool -> FlatTextQuery.PARTS.forEach((part, weight) -> {
                    for (var field : FlatTextQuery.fields(part, query.text())) {
                        bool.should(f.match()
                                .field(field.name())
                                .matching(query.text())
                                .boost(field.boost() * weight));
                    }
                }));
    }

    /** The focused text of the subject and, on Lucene, the same as one flat query. */
    private record TextQuery(String text, @Nullable Query flat) {}

    /** The subject's own words: title, summary and what it asks for or offers. */
    static String queryText(ListingView subject) {
        StringBuilder text = new StringBuilder(subject.title()).append(' ').append(subject.title());
        for (String part :
                new String[] {subject.summary(), subject.problem(), subject.requirements(), subject.advantages()}) {
            if (part != null && !part.isBlank()) {
                text.append(' ').append(part);
            }
        }
        String cleaned = VietnameseText.clean(text.toString().replaceAll("[\\p{Punct}&&[^-/]]", " "));
        return cleaned.length() > MAX_QUERY_CHARS ? cleaned.substring(0, MAX_QUERY_CHARS) : cleaned;
    }
}
