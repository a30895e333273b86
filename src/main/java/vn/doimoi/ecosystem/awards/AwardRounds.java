package vn.doimoi.ecosystem.awards;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.rules.RuleVersions;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * A round of the provincial S&T awards from its opening to its decision: STAFF open it under the
 * {@code sti-award} rule version in force on its first day, screen its nominations, open its council
 * (family {@value #COUNCIL_FAMILY} of the {@code review-council} versions) and record the decision,
 * which awards the passed nominations of each category by their council average, up to the
 * category's prizes. Rounds and their honour rolls are public. Every change is audited.
 */
@Service
@Transactional
public class AwardRounds {

    /** The code prefix of the award council's rule versions ({@code GT-ND263-2025}, ...). */
    static final String COUNCIL_FAMILY = "GT";

    private final AwardRoundRepository rounds;
    private final NominationRepository nominations;
    private final AwardAccess access;
    private final RuleVersions rules;
    private final RoundPrizes prizes;
    private final AwardNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    AwardRounds(
            AwardRoundRepository rounds,
            NominationRepository nominations,
            AwardAccess access,
            RuleVersions rules,
            RoundPrizes prizes,
            AwardNotices notices,
            AuditLog audit,
            Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.access = access;
        this.rules = rules;
        this.prizes = prizes;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------ public

    /** Every round, the latest year first. */
    @Transactional(readOnly = true)
    public List<AwardRound> all() {
        return rounds.findAllByOrderByYearDescCreatedAtDesc();
    }

    /** A round (its title, dates and categories are public). */
    @Transactional(readOnly = true)
    public AwardRound get(UUID id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("award round", id));
    }

    /** The rule version a round was opened under. */
    @Transactional(readOnly = true)
    public RuleVersion<AwardRule> rule(AwardRound round) {
        return rules.version(AwardRule.KIND, round.ruleVersion());
    }

    /** The categories a round offers, as its rule version names them, in the round's order. */
    @Transactional(readOnly = true)
    public List<AwardRule.Category> categories(AwardRound round) {
        AwardRule rule = rule(round).values();
        return round.categories().stream()
                .map(code -> rule.category(code).orElseThrow())
                .toList();
    }

    /** The categories STAFF may offer in a round opened today (the version in force today). */
    @Transactional(readOnly = true)
    public RuleVersion<AwardRule> ruleInForce() {
        return rules.inForce(AwardRule.KIND, java.time.LocalDate.now(clock.withZone(AwardRound.ZONE)));
    }

    /** The honour roll of a decided round: its awards by category, the highest council average first. */
    @Transactional(readOnly = true)
    public List<Nomination> honourRoll(UUID roundId) {
        AwardRound round = get(roundId);
        if (round.state() != RoundState.DECIDED) {
            return List.of();
        }
        return nominations.findByRoundIdAndStateOrderBySubmittedAtAsc(roundId, NominationState.AWARDED).stream()
                .sorted(Comparator.comparing(
                                (Nomination n) -> round.categories().indexOf(n.category()))
                        .thenComparing(Nomination::councilAverage, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    // ------------------------------------------------------------ STAFF

    /** STAFF open a round under the rule version in force on its first day. */
    public UUID open(NewRound round) {
        UUID staff = access.staff().id().value();
        if (round.opensOn() == null || round.closesOn() == null) {
            throw DomainException.invalid("awards.error.dates");
        }
        RuleVersion<AwardRule> rule = rules.inForce(AwardRule.KIND, round.opensOn());
        AwardRound opened = rounds.save(new AwardRound(round, rule.code(), rule.values(), staff, clock.instant()));
        audit.record("award.roundOpened", "ecosystem.awardRound", opened.id().toString(), null, state(opened));
        return opened.id();
    }

    /** A round's nominations, oldest first, for STAFF. */
    @Transactional(readOnly = true)
    public List<Nomination> nominations(UUID roundId) {
        access.staff();
        return nominations.findByRoundIdOrderBySubmittedAtAsc(roundId);
    }

    /** STAFF find a nomination complete and eligible. */
    public void accept(UUID nominationId, long version) {
        screen(nominationId, version, "award.accepted", Nomination::accept, "awards.notify.accepted");
    }

    /** STAFF reject a nomination, saying why. */
    public void reject(UUID nominationId, long version, String note) {
        screen(nominationId, version, "award.rejected", n -> n.reject(note), "awards.notify.rejected");
    }

    /**
     * STAFF open the round's council once every nomination is screened and one at least accepted;
     * nominations stop. The council's page seats and runs it.
     */
    public UUID sendToCouncil(UUID roundId, long version, @Nullable String decisionNumber) {
        access.staff();
        AwardRound round = get(roundId);
        requireVersion(round.version(), version);
        List<Nomination> all = nominations.findByRoundIdOrderBySubmittedAtAsc(roundId);
        if (all.stream().anyMatch(n -> n.state() == NominationState.SUBMITTED)) {
            throw DomainException.conflict("awards.error.unscreened");
        }
        if (all.stream().noneMatch(n -> n.state() == NominationState.ACCEPTED)) {
            throw DomainException.conflict("awards.error.nothingToReview");
        }
        Map<String, Object> before = state(round);
        UUID council = prizes.openCouncil(roundId, decisionNumber);
        round.sentToCouncil(council);
        rounds.saveAndFlush(round);
        audit.record("award.sentToCouncil", "ecosystem.awardRound", roundId.toString(), before, state(round));
        return council;
    }

    /**
     * STAFF record the decision: in each category the nominations the council passed are awarded, the
     * highest average first, up to the category's prizes; the nominators are told either way.
     */
    public List<UUID> decide(UUID roundId, long version, AwardDecision decision) {
        return decide(roundId, version, decision, Set.of());
    }

    /**
     * The decision, with STAFF's choice among nominations the council's tie-break criteria leave
     * equal at a category's last prize places ({@link #pendingTies}); refused while such a tie has
     * none. A tie the criteria settle is settled by them, whatever was chosen.
     */
    public List<UUID> decide(UUID roundId, long version, AwardDecision decision, Set<UUID> tieChoice) {
        access.staff();
        AwardRound round = get(roundId);
        requireVersion(round.version(), version);
        Map<String, Object> before = state(round);
        Instant now = clock.instant();
        round.decide(decision, now);
        List<Nomination> passed =
                nominations.findByRoundIdAndStateOrderBySubmittedAtAsc(roundId, NominationState.PASSED);
        List<UUID> awarded = prizes.award(round, rule(round).values(), passed, tieChoice);
        passed.stream().filter(n -> awarded.contains(n.id())).forEach(n -> n.award(now));
        rounds.saveAndFlush(round);
        nominations.saveAllAndFlush(passed);
        Map<String, Object> after = state(round);
        after.put("awarded", awarded.size());
        after.put("tieChoice", tieChoice.stream().map(UUID::toString).sorted().toList());
        audit.record("award.decided", "ecosystem.awardRound", roundId.toString(), before, after);
        passed.forEach(n -> notices.toNominator(
                n, n.state() == NominationState.AWARDED ? "awards.notify.awarded" : "awards.notify.notAwarded"));
        return awarded;
    }

    /** The ties of a reviewed round that STAFF must settle with the decision, for its form. */
    @Transactional(readOnly = true)
    public List<PendingTie> pendingTies(UUID roundId) {
        access.staff();
        AwardRound round = get(roundId);
        if (round.state() != RoundState.REVIEWED) {
            return List.of();
        }
        return prizes.pending(
                round,
                rule(round).values(),
                nominations.findByRoundIdAndStateOrderBySubmittedAtAsc(roundId, NominationState.PASSED));
    }

    /** How ties at a decided round's last prize places were settled (public, with the honour roll). */
    @Transactional(readOnly = true)
    public List<TieBreakNote> tieBreaks(UUID roundId) {
        return prizes.notes(roundId);
    }

    // ------------------------------------------------------------ helpers

    private void screen(UUID nominationId, long version, String action, Consumer<Nomination> step, String notice) {
        access.staff();
        Nomination nomination =
                nominations.findById(nominationId).orElseThrow(() -> new NotFoundException("nomination", nominationId));
        requireVersion(nomination.version(), version);
        if (get(nomination.roundId()).state() != RoundState.OPEN) {
            throw DomainException.conflict("awards.error.roundNotOpen");
        }
        Map<String, Object> before = Nominations.state(nomination);
        step.accept(nomination);
        nominations.saveAndFlush(nomination);
        audit.record(
                action, "ecosystem.awardNomination", nominationId.toString(), before, Nominations.state(nomination));
        notices.toNominator(nomination, notice);
    }

    private static void requireVersion(long actual, long given) {
        if (actual != given) {
            throw DomainException.conflict("awards.error.stale");
        }
    }

    private static Map<String, Object> state(AwardRound round) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", round.state().name());
        map.put("title", round.title());
        map.put("ruleVersion", round.ruleVersion());
        if (round.decisionNumber() != null) {
            map.put("decision", round.decisionNumber());
        }
        return map;
    }
}
