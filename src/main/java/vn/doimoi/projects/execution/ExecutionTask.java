package vn.doimoi.projects.execution;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.shared.DomainException;

/** An approved task as part 2 follows it: its ordered products (with their ids) and its stage. */
@Entity
@Table(schema = "projects", name = "execution_task")
public class ExecutionTask {

    @Id
    private UUID id;

    private String code;
    private String title;

    @Enumerated(EnumType.STRING)
    private TaskType type;

    @Enumerated(EnumType.STRING)
    private SelectionMethod method;

    private UUID hostOrgId;
    private @Nullable UUID piPersonId;
    private @Nullable UUID adopterOrgId;
    private String fieldCodes;
    private BigDecimal stateBudget;
    private BigDecimal otherBudget;
    private int durationMonths;
    private String decisionNumber;
    private LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private Instant approvedAt;
    private @Nullable Integer useRemindedYear;

    /** The end of the execution period as extended by approved schedule adjustments; null if never. */
    private @Nullable LocalDate extendedUntil;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "task_id", nullable = false)
    @OrderBy("position")
    private List<Product> products = new ArrayList<>();

    @Version
    private long version;

    protected ExecutionTask() {}

    ExecutionTask(TaskApproved approved, Instant now) {
        this.id = approved.taskId();
        this.code = approved.code();
        this.title = approved.title();
        this.type = approved.type();
        this.method = approved.method();
        this.hostOrgId = approved.hostOrganisationId();
        this.piPersonId = approved.principalInvestigatorPersonId();
        this.adopterOrgId = approved.adopterOrganisationId();
        this.fieldCodes = String.join(",", approved.fieldCodes());
        this.stateBudget = approved.stateBudget();
        this.otherBudget = approved.otherBudget();
        this.durationMonths = approved.durationMonths();
        this.decisionNumber = approved.decisionNumber();
        this.decisionDate = approved.decisionDate();
        this.stage = Stage.AWAITING_CONTRACT;
        this.approvedAt = now;
        int position = 0;
        for (ApprovedProduct product : approved.products()) {
            products.add(new Product(product, position++));
        }
    }

    void contractDrafted() {
        require(Stage.AWAITING_CONTRACT, Stage.CONTRACT_DRAFT);
        stage = Stage.CONTRACT_DRAFT;
    }

    void contractSigned() {
        require(Stage.CONTRACT_DRAFT);
        stage = Stage.IN_PROGRESS;
    }

    void acceptanceRequested() {
        require(Stage.IN_PROGRESS);
        stage = Stage.UNDER_ACCEPTANCE;
    }

    public void acceptanceConcluded(Grade classification) {
        require(Stage.UNDER_ACCEPTANCE);
        stage = classification.atLeastPassed() ? Stage.ACCEPTED : Stage.NOT_ACCEPTED;
    }

    void terminated() {
        require(Stage.IN_PROGRESS, Stage.UNDER_ACCEPTANCE);
        stage = Stage.TERMINATED;
    }

    public void closed() {
        require(Stage.ACCEPTED, Stage.NOT_ACCEPTED, Stage.TERMINATED);
        stage = Stage.CLOSED;
    }

    public void require(Stage... allowed) {
        if (!Set.of(allowed).contains(stage)) {
            throw DomainException.conflict("execution.error.stage", stage.name());
        }
    }

    /**
     * The end of the execution period: the contract's end, or the end as extended by approved
     * schedule adjustments when that is later (an amendment may since have moved the contract's end).
     */
    LocalDate endsOn(LocalDate contractEnd) {
        return extendedUntil != null && extendedUntil.isAfter(contractEnd) ? extendedUntil : contractEnd;
    }

    /**
     * An approved schedule extension: the period ends {@code months} later than it does now. The
     * signed contract is not touched (its versions are frozen); returns the new end.
     */
    LocalDate extend(LocalDate contractEnd, int months) {
        if (months < 1) {
            throw DomainException.refused("execution.adjustment.error.months", months);
        }
        require(Stage.IN_PROGRESS);
        extendedUntil = endsOn(contractEnd).plusMonths(months);
        return extendedUntil;
    }

    @Nullable
    LocalDate extendedUntil() {
        return extendedUntil;
    }

    boolean remindedOfUseIn(int year) {
        return useRemindedYear != null && useRemindedYear >= year;
    }

    void useReminded(int year) {
        this.useRemindedYear = year;
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

    TaskType type() {
        return type;
    }

    SelectionMethod method() {
        return method;
    }

    public UUID hostOrgId() {
        return hostOrgId;
    }

    @Nullable
    public UUID piPersonId() {
        return piPersonId;
    }

    @Nullable
    UUID adopterOrgId() {
        return adopterOrgId;
    }

    public List<String> fieldCodes() {
        return fieldCodes.isBlank() ? List.of() : Arrays.asList(fieldCodes.split(","));
    }

    public BigDecimal stateBudget() {
        return stateBudget;
    }

    BigDecimal otherBudget() {
        return otherBudget;
    }

    int durationMonths() {
        return durationMonths;
    }

    String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public Stage stage() {
        return stage;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    public List<Product> products() {
        return List.copyOf(products);
    }

    /** The ids of the ordered products, against which a contract's tranches and grades are checked. */
    public Set<UUID> productIds() {
        return products.stream().map(Product::id).collect(java.util.stream.Collectors.toSet());
    }

    long version() {
        return version;
    }

    @Embeddable
    record Spec(
            @Column(name = "indicator") String indicator,
            @Column(name = "unit") String unit,
            @Column(name = "required_value") String requiredValue) {}
}
