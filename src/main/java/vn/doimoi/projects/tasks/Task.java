package vn.doimoi.projects.tasks;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.identification.OrderedProduct;
import vn.doimoi.projects.selection.AppraisedLine;
import vn.doimoi.projects.selection.BudgetLine;
import vn.doimoi.projects.selection.Call;
import vn.doimoi.projects.selection.Dossier;
import vn.doimoi.projects.selection.LineAdjustment;
import vn.doimoi.projects.selection.PublicOnly;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.search.VietnameseField;

/**
 * A task selected by the council: its budget is appraised, then the approval decision is
 * recorded, which makes it "approved, awaiting contract" and publishes {@link TaskApproved}.
 */
@Entity
@Indexed(index = "task", routingBinder = @RoutingBinderRef(type = PublicOnly.class))
@Table(schema = "projects", name = "task")
public class Task {

    @Id
    private UUID id;

    private String code;

    @VietnameseField(name = "title")
    private String title;

    @Enumerated(EnumType.STRING)
    private TaskType taskType;

    @Enumerated(EnumType.STRING)
    private SelectionMethod method;

    private UUID callId;
    private UUID dossierId;
    private UUID hostOrganisationId;
    private @Nullable UUID principalInvestigatorId;
    private @Nullable UUID adopterOrganisationId;
    private String fieldCodes;

    @VietnameseField(name = "summary")
    private String objectives;

    private BigDecimal score;
    private BigDecimal requestedStateBudget;
    private BigDecimal stateBudget;
    private BigDecimal otherBudget;
    private int durationMonths;

    @Enumerated(EnumType.STRING)
    private TaskState state;

    private @Nullable String appraisalNote;
    private @Nullable String decisionNumber;
    private @Nullable LocalDate decisionDate;
    private @Nullable String decisionSigner;
    private @Nullable Instant approvedAt;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "task_product", joinColumns = @JoinColumn(name = "task_id"))
    @OrderBy("position")
    private List<OrderedProduct> products = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "task_budget_line", joinColumns = @JoinColumn(name = "task_id"))
    @OrderBy("position")
    private List<AppraisedLine> budgetLines = new ArrayList<>();

    @Version
    private long version;

    protected Task() {}

    public Task(Call call, Dossier dossier, BigDecimal score, Instant now) {
        this.id = UUID.randomUUID();
        this.code = call.code();
        this.title = call.title();
        this.taskType = call.taskType();
        this.method = call.method();
        this.callId = call.id();
        this.dossierId = dossier.id();
        this.hostOrganisationId = dossier.applicantOrganisationId();
        this.principalInvestigatorId = dossier.principalInvestigatorId();
        this.adopterOrganisationId = call.adopterOrganisationId();
        this.fieldCodes = String.join(",", call.fieldCodes());
        this.objectives = dossier.objectives();
        this.score = score;
        this.requestedStateBudget = dossier.stateBudget();
        this.stateBudget = dossier.stateBudget();
        this.otherBudget = dossier.otherBudget();
        this.durationMonths = dossier.durationMonths();
        this.state = TaskState.SELECTED;
        this.createdAt = now;
        call.products().forEach(p -> products.add(p.copy()));
        int position = 0;
        for (BudgetLine line : dossier.budget()) {
            budgetLines.add(new AppraisedLine(position++, line.item(), line.stateAmount(), line.otherAmount()));
        }
    }

    /**
     * The appraisal group adjusts each budget line (state and non-state money) with a reason for
     * every change; the approved budget is the sum of the lines. A task whose dossier had no lines
     * is appraised on its total.
     */
    public void appraiseLines(List<LineAdjustment> adjustments, @Nullable String note) {
        if (state != TaskState.SELECTED) {
            throw DomainException.conflict("task.error.transition", "appraise", state.name());
        }
        if (budgetLines.isEmpty() || adjustments.size() != budgetLines.size()) {
            throw DomainException.invalid("approval.error.lines");
        }
        for (LineAdjustment adjustment : adjustments) {
            AppraisedLine line = budgetLines.stream()
                    .filter(l -> l.position() == adjustment.position())
                    .findFirst()
                    .orElseThrow(() -> DomainException.invalid("approval.error.lines"));
            line.adjust(adjustment.state(), adjustment.other(), adjustment.reason());
        }
        BigDecimal approvedState =
                budgetLines.stream().map(AppraisedLine::approvedState).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (approvedState.signum() <= 0) {
            throw new DomainException("approval.error.budget");
        }
        stateBudget = approvedState;
        otherBudget = budgetLines.stream().map(AppraisedLine::approvedOther).reduce(BigDecimal.ZERO, BigDecimal::add);
        appraisalNote = note == null || note.isBlank() ? null : note.strip();
        state = TaskState.BUDGET_APPRAISED;
    }

    /** The appraisal group fixes the state budget of a task without lines: never above what was requested. */
    public void appraise(BigDecimal approvedStateBudget, @Nullable String note) {
        if (!budgetLines.isEmpty()) {
            throw DomainException.invalid("approval.error.lines");
        }
        if (state != TaskState.SELECTED) {
            throw DomainException.conflict("task.error.transition", "appraise", state.name());
        }
        if (approvedStateBudget.signum() <= 0 || approvedStateBudget.compareTo(requestedStateBudget) > 0) {
            throw new DomainException("approval.error.budget");
        }
        stateBudget = approvedStateBudget;
        appraisalNote = note == null || note.isBlank() ? null : note.strip();
        state = TaskState.BUDGET_APPRAISED;
    }

    /** Records the provincial decision; the task now awaits its contract. */
    public TaskApproved approve(String number, LocalDate date, String signer, Instant now) {
        if (state != TaskState.BUDGET_APPRAISED) {
            throw DomainException.conflict("task.error.transition", "approve", state.name());
        }
        if (number == null || number.isBlank() || signer == null || signer.isBlank() || date == null) {
            throw new DomainException("approval.error.decision");
        }
        decisionNumber = number.strip();
        decisionDate = date;
        decisionSigner = signer.strip();
        approvedAt = now;
        state = TaskState.APPROVED;
        return new TaskApproved(
                id,
                code,
                title,
                taskType,
                method,
                hostOrganisationId,
                principalInvestigatorId,
                adopterOrganisationId,
                fieldCodes(),
                products.stream().map(OrderedProduct::toProduct).toList(),
                stateBudget,
                otherBudget,
                durationMonths,
                decisionNumber,
                decisionDate);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", state.name());
        map.put("stateBudget", stateBudget.toPlainString());
        if (decisionNumber != null) {
            map.put("decisionNumber", decisionNumber);
        }
        return map;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public TaskType taskType() {
        return taskType;
    }

    public SelectionMethod method() {
        return method;
    }

    public UUID callId() {
        return callId;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public UUID hostOrganisationId() {
        return hostOrganisationId;
    }

    @Nullable
    public UUID principalInvestigatorId() {
        return principalInvestigatorId;
    }

    @Nullable
    public UUID adopterOrganisationId() {
        return adopterOrganisationId;
    }

    public List<String> fieldCodes() {
        return fieldCodes.isBlank() ? List.of() : List.of(fieldCodes.split(","));
    }

    public String objectives() {
        return objectives;
    }

    public BigDecimal score() {
        return score;
    }

    public BigDecimal requestedStateBudget() {
        return requestedStateBudget;
    }

    public BigDecimal stateBudget() {
        return stateBudget;
    }

    public BigDecimal otherBudget() {
        return otherBudget;
    }

    public int durationMonths() {
        return durationMonths;
    }

    public TaskState state() {
        return state;
    }

    @Nullable
    public String appraisalNote() {
        return appraisalNote;
    }

    @Nullable
    public String decisionNumber() {
        return decisionNumber;
    }

    @Nullable
    public LocalDate decisionDate() {
        return decisionDate;
    }

    @Nullable
    public String decisionSigner() {
        return decisionSigner;
    }

    public List<OrderedProduct> products() {
        return List.copyOf(products);
    }

    public List<AppraisedLine> budgetLines() {
        return List.copyOf(budgetLines);
    }

    public long version() {
        return version;
    }
}
