package vn.doimoi.market.matching;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.MatchReason;
import vn.doimoi.market.listing.FieldCodes;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The re-ranking of matching (ADR 0016): a weighted sum of the Vietnamese text relevance, the
 * field-code closeness, TRL, cooperation mode, budget fit and freshness, each adding its reason
 * when it counts. Pure, so the weights are tested without an index.
 */
public final class MatchScorer {

    static final double W_TEXT = 0.50;
    static final double W_FIELD = 0.22;
    static final double W_TRL = 0.10;
    static final double W_MODE = 0.08;
    static final double W_BUDGET = 0.06;
    static final double W_FRESH = 0.04;

    private MatchScorer() {}

    /** The side the results are matched for (usually a demand). */
    public record Subject(
            ListingKind kind,
            Collection<String> fieldCodes,
            @Nullable Integer trl,
            Set<CooperationMode> modes,
            @Nullable BigDecimal budgetMin,
            @Nullable BigDecimal budgetMax) {}

    /** A candidate as the index returns it. */
    public record Candidate(
            ListingKind kind,
            Collection<String> fieldCodes,
            @Nullable Integer trl,
            Collection<CooperationMode> modes,
            @Nullable BigDecimal priceMin,
            @Nullable BigDecimal priceMax,
            Instant confirmedAt,
            List<String> matchedTerms) {

        public Candidate withMatchedTerms(List<String> terms) {
            return new Candidate(kind, fieldCodes, trl, modes, priceMin, priceMax, confirmedAt, terms);
        }
    }

    public record Scored(double score, double text, List<MatchReason> reasons) {}

    /**
     * @param textRelevance the candidate's text relevance relative to the subject's own, in [0, 1]
     * @param today the Vietnam calendar date (freshness)
     */
    public static Scored score(
            Subject subject, Candidate candidate, double textRelevance, Instant now, LocalDate today) {
        List<MatchReason> reasons = new ArrayList<>();
        double text = Math.max(0, Math.min(1, textRelevance));
        if (!candidate.matchedTerms().isEmpty()) {
            reasons.add(MatchReason.of(
                    "market.reason.terms",
                    String.join(
                            ", ",
                            candidate
                                    .matchedTerms()
                                    .subList(
                                            0,
                                            Math.min(5, candidate.matchedTerms().size())))));
        }

        String shared = FieldCodes.deepestShared(subject.fieldCodes(), candidate.fieldCodes());
        double field = FieldCodes.closeness(shared);
        if (field > 0) {
            reasons.add(MatchReason.of("market.reason.field", shared));
        }

        double trl;
        Integer required = subject.kind() == ListingKind.DEMAND ? subject.trl() : candidate.trl();
        Integer offered = subject.kind() == ListingKind.DEMAND ? candidate.trl() : subject.trl();
        if (offered == null) {
            trl = 0.5;
        } else if (required == null) {
            trl = 0.5 + 0.5 * (offered / 9.0);
            reasons.add(MatchReason.of("market.reason.trlOnly", offered.toString()));
        } else if (offered >= required) {
            trl = 1.0;
            reasons.add(MatchReason.of("market.reason.trl", offered.toString(), required.toString()));
        } else {
            trl = 0.0;
        }

        double mode = 0.5;
        Set<CooperationMode> common = new TreeSet<>(subject.modes());
        common.retainAll(Set.copyOf(candidate.modes()));
        if (!common.isEmpty()) {
            mode = 1.0;
            reasons.add(MatchReason.of(
                    "market.reason.mode." + common.iterator().next().name()));
        } else if (!subject.modes().isEmpty() && !candidate.modes().isEmpty()) {
            mode = 0.0;
        }

        double budget = budgetFit(subject, candidate, reasons);

        long days = Math.max(0, Duration.between(candidate.confirmedAt(), now).toDays());
        double fresh = days <= 90 ? 1.0 : Math.max(0, 1.0 - (days - 90) / 275.0);
        if (days <= 30) {
            reasons.add(MatchReason.of("market.reason.fresh", VietnameseFormats.date(today.minusDays(days))));
        }

        double score =
                W_TEXT * text + W_FIELD * field + W_TRL * trl + W_MODE * mode + W_BUDGET * budget + W_FRESH * fresh;
        return new Scored(score, text, reasons);
    }

    /**
     * Whether a scored result is shown: enough in total, and it shares the topic, not only the terms
     * of trade. Sharing the topic is sharing the field, or text that is close and has a run of words
     * in common with the subject: a weak text score alone can come from one common word ("xử lý",
     * "quản lý") and its size depends on what else the index holds, so by itself it proves nothing.
     */
    public static boolean passes(Scored scored, double floor) {
        boolean sharedField = scored.reasons().stream().anyMatch(r -> r.key().equals("market.reason.field"));
        boolean sharedWords = scored.reasons().stream().anyMatch(r -> r.key().equals("market.reason.terms"));
        boolean topical = sharedField || (scored.text() >= 0.15 && (sharedWords || scored.text() >= STRONG_TEXT));
        return topical && scored.score() >= floor;
    }

    /** Text this close to the subject is on topic even when no run of words is shared verbatim. */
    private static final double STRONG_TEXT = 0.4;

    private static double budgetFit(Subject subject, Candidate candidate, List<MatchReason> reasons) {
        BigDecimal budget = subject.kind() == ListingKind.DEMAND ? subject.budgetMax() : candidate.priceMax();
        BigDecimal price = subject.kind() == ListingKind.DEMAND ? candidate.priceMin() : subject.budgetMin();
        if (budget == null || price == null || budget.signum() == 0) {
            return 0.5;
        }
        if (price.compareTo(budget) <= 0) {
            reasons.add(MatchReason.of("market.reason.budget"));
            return 1.0;
        }
        double over = price.subtract(budget).doubleValue() / budget.doubleValue();
        return Math.max(0, 1.0 - over);
    }
}
