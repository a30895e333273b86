package vn.doimoi.projects.identification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.Tally;
import vn.doimoi.shared.DomainException;

/**
 * A year's identification round (xác định nhiệm vụ): STAFF groups proposals, an identification
 * council scores and votes on them, and the round fixes each one's task name, objectives,
 * products with specifications and method, and whether it is recommended for the ordered list.
 */
@Entity
@Table(schema = "projects", name = "identification_round")
class IdentificationRound {

    @Id
    private UUID id;

    private int year;
    private String title;
    private String ruleSetId;

    @Enumerated(EnumType.STRING)
    private RoundState state;

    private @Nullable UUID councilId;
    private @Nullable Instant concludedAt;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "round_outcome", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("position")
    private List<RoundOutcome> outcomes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "round_outcome_product", joinColumns = @JoinColumn(name = "round_id"))
    private List<OutcomeProduct> products = new ArrayList<>();

    @Version
    private long version;

    protected IdentificationRound() {}

    IdentificationRound(int year, String title, String ruleSetId, Instant now) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("identification.error.year");
        }
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("identification.error.title");
        }
        this.id = UUID.randomUUID();
        this.year = year;
        this.title = title.strip();
        this.ruleSetId = ruleSetId;
        this.state = RoundState.COLLECTING;
        this.createdAt = now;
    }

    /** Groups a submitted proposal into the round; its outcome starts as proposed. */
    void add(Proposal proposal) {
        requireState(RoundState.COLLECTING, "add");
        if (outcome(proposal.id()).isPresent()) {
            throw DomainException.conflict("identification.error.alreadyInRound");
        }
        proposal.group(id, year);
        outcomes.add(new RoundOutcome(
                proposal.id(), outcomes.size(), proposal.title(), proposal.objectives(), SelectionMethod.COMPETITION));
        products.add(new OutcomeProduct(
                proposal.id(), new OrderedProduct(0, UUID.randomUUID(), proposal.expectedProducts(), "01", List.of())));
    }

    /** The council is formed: the proposals are fixed from now on. */
    void formCouncil(UUID councilId) {
        requireState(RoundState.COLLECTING, "formCouncil");
        if (outcomes.isEmpty()) {
            throw new DomainException("identification.error.empty");
        }
        this.councilId = councilId;
        this.state = RoundState.IN_COUNCIL;
    }

    /** The council's conclusions on one proposal: task name, objectives, method and products with specs. */
    void fixOutcome(
            UUID proposalId,
            String taskName,
            String objectives,
            SelectionMethod method,
            List<CallData.Product> fixedProducts) {
        requireState(RoundState.IN_COUNCIL, "fixOutcome");
        RoundOutcome outcome =
                outcome(proposalId).orElseThrow(() -> DomainException.notFound("identification.error.notInRound"));
        if (taskName == null || taskName.isBlank() || objectives == null || objectives.isBlank() || method == null) {
            throw DomainException.invalid("identification.error.outcomeIncomplete");
        }
        if (fixedProducts.isEmpty()
                || fixedProducts.stream()
                        .anyMatch(p -> p.name().isBlank() || p.quantity().isBlank())) {
            throw DomainException.invalid("identification.error.products");
        }
        outcome.fix(taskName.strip(), objectives.strip(), method);
        products.removeIf(p -> p.proposalId().equals(proposalId));
        for (int i = 0; i < fixedProducts.size(); i++) {
            CallData.Product p = fixedProducts.get(i);
            products.add(new OutcomeProduct(
                    proposalId,
                    new OrderedProduct(
                            i,
                            p.productId() == null ? UUID.randomUUID() : p.productId(),
                            p.name().strip(),
                            p.quantity().strip(),
                            p.specs())));
        }
    }

    /**
     * Fixes the counted result: a proposal is recommended when it passes the score sheet (pass
     * mark and every criterion's minimum) and more than the rule set's share of the members who
     * scored it vote for it. Recommended proposals get their priority from the ranking.
     */
    void conclude(RuleSet rules, List<Tally.Result> results, Map<UUID, int[]> votes, Instant now) {
        requireState(RoundState.IN_COUNCIL, "conclude");
        RuleSet.Share share = rules.scoring().recommendShare();
        int priority = 0;
        for (Tally.Result result : results) {
            RoundOutcome outcome = outcome(result.dossierId()).orElseThrow();
            int[] v = votes.getOrDefault(result.dossierId(), new int[] {0, 0});
            boolean byVote = share == null ? v[0] * 2 > v[1] : share.exceededBy(v[0], v[1]);
            boolean recommended = result.passed() && byVote;
            outcome.count(result.average(), v[0], v[1], recommended ? ++priority : 0, recommended);
        }
        this.state = RoundState.CONCLUDED;
        this.concludedAt = now;
    }

    Optional<RoundOutcome> outcome(UUID proposalId) {
        return outcomes.stream().filter(o -> o.proposalId().equals(proposalId)).findFirst();
    }

    List<OrderedProduct> productsOf(UUID proposalId) {
        return products.stream()
                .filter(p -> p.proposalId().equals(proposalId))
                .map(OutcomeProduct::product)
                .sorted(java.util.Comparator.comparingInt(OrderedProduct::position))
                .toList();
    }

    List<RoundOutcome> recommended() {
        return outcomes.stream()
                .filter(o -> Boolean.TRUE.equals(o.recommended()))
                .sorted(java.util.Comparator.comparingInt(RoundOutcome::priority))
                .toList();
    }

    List<UUID> proposalIds() {
        return outcomes.stream().map(RoundOutcome::proposalId).toList();
    }

    private void requireState(RoundState wanted, String action) {
        if (state != wanted) {
            throw DomainException.conflict("identification.error.transition", action, state.name());
        }
    }

    Map<String, Object> auditState() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", state.name());
        map.put("year", year);
        map.put("proposals", outcomes.size());
        map.put(
                "recommended",
                outcomes.stream()
                        .filter(o -> Boolean.TRUE.equals(o.recommended()))
                        .count());
        return map;
    }

    UUID id() {
        return id;
    }

    int year() {
        return year;
    }

    String title() {
        return title;
    }

    String ruleSetId() {
        return ruleSetId;
    }

    RoundState state() {
        return state;
    }

    @Nullable
    UUID councilId() {
        return councilId;
    }

    @Nullable
    Instant concludedAt() {
        return concludedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<RoundOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    long version() {
        return version;
    }
}
