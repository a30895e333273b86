package vn.doimoi.projects.proposals;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.shared.DomainException;

/**
 * A proposed task (phiếu đề xuất đặt hàng) from any organisation. Identification shortlists it
 * for a year's order with the council's score and the method; an ordered proposal becomes a
 * draft call.
 */
@Entity
@Table(schema = "projects", name = "proposal")
public class Proposal {

    @Id
    private UUID id;

    private UUID organisationId;
    private String title;
    private String problem;
    private String objectives;
    private String expectedProducts;
    private @Nullable String adopterName;
    private @Nullable BigDecimal budgetEstimate;
    private String fieldCodes;

    @Enumerated(EnumType.STRING)
    private PriorityArea priorityArea;

    @Enumerated(EnumType.STRING)
    private ProposalState state;

    private @Nullable Integer roundYear;
    private @Nullable BigDecimal identificationScore;

    @Enumerated(EnumType.STRING)
    private @Nullable SelectionMethod method;

    private @Nullable UUID callId;
    private @Nullable UUID roundId;
    private Instant createdAt;

    @Version
    private long version;

    protected Proposal() {}

    public Proposal(
            UUID organisationId,
            String title,
            String problem,
            String objectives,
            String expectedProducts,
            @Nullable String adopterName,
            @Nullable BigDecimal budgetEstimate,
            PriorityArea priorityArea,
            Instant now) {
        if (title.isBlank() || problem.isBlank() || objectives.isBlank() || expectedProducts.isBlank()) {
            throw DomainException.invalid("proposal.error.incomplete");
        }
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.title = title;
        this.problem = problem;
        this.objectives = objectives;
        this.expectedProducts = expectedProducts;
        this.adopterName = adopterName;
        this.budgetEstimate = budgetEstimate;
        this.fieldCodes = "";
        this.priorityArea = priorityArea;
        this.state = ProposalState.SUBMITTED;
        this.createdAt = now;
    }

    /** STAFF groups it into a year's identification round. */
    public void group(UUID roundId, int year) {
        if (state != ProposalState.SUBMITTED) {
            throw DomainException.conflict("proposal.error.transition", "group", state.name());
        }
        this.roundId = roundId;
        this.roundYear = year;
        this.state = ProposalState.IN_ROUND;
    }

    /** The identification council recommended it for the year's order, with the method it chose. */
    public void shortlist(int year, BigDecimal score, SelectionMethod method) {
        if (state != ProposalState.IN_ROUND) {
            throw DomainException.conflict("proposal.error.transition", "shortlist", state.name());
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalid("proposal.error.score");
        }
        this.roundYear = year;
        this.identificationScore = score;
        this.method = method;
        this.state = ProposalState.SHORTLISTED;
    }

    public void reject() {
        if (state != ProposalState.SUBMITTED && state != ProposalState.IN_ROUND && state != ProposalState.SHORTLISTED) {
            throw DomainException.conflict("proposal.error.transition", "reject", state.name());
        }
        state = ProposalState.REJECTED;
    }

    public void ordered(UUID callId) {
        if (state != ProposalState.SHORTLISTED) {
            throw DomainException.conflict("proposal.error.transition", "order", state.name());
        }
        this.callId = callId;
        this.state = ProposalState.ORDERED;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", state.name());
        map.put("title", title);
        return map;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String title() {
        return title;
    }

    public String problem() {
        return problem;
    }

    public String objectives() {
        return objectives;
    }

    public String expectedProducts() {
        return expectedProducts;
    }

    @Nullable
    public String adopterName() {
        return adopterName;
    }

    @Nullable
    public BigDecimal budgetEstimate() {
        return budgetEstimate;
    }

    public PriorityArea priorityArea() {
        return priorityArea;
    }

    public ProposalState state() {
        return state;
    }

    @Nullable
    public Integer roundYear() {
        return roundYear;
    }

    @Nullable
    public BigDecimal identificationScore() {
        return identificationScore;
    }

    @Nullable
    public SelectionMethod method() {
        return method;
    }

    @Nullable
    public UUID callId() {
        return callId;
    }

    @Nullable
    public UUID roundId() {
        return roundId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
