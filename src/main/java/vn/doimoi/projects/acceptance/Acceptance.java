package vn.doimoi.projects.acceptance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.CouncilRule;
import vn.doimoi.shared.DomainException;

/**
 * The acceptance of a task (đánh giá, nghiệm thu): the host's dossier, then the council's grades
 * of each ordered product against its specification and of the report, classified by the
 * configured {@link AcceptanceRule}.
 */
@Entity(name = "ExecutionAcceptance")
@Table(schema = "projects", name = "acceptance")
public class Acceptance {

    public enum State {
        SUBMITTED,
        CONCLUDED
    }

    @Id
    private UUID id;

    private UUID taskId;

    @Enumerated(EnumType.STRING)
    private State state;

    private String finalReport;
    private String summaryReport;
    private String financialReport;
    private String selfAssessment;
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable Grade reportGrade;

    @Enumerated(EnumType.STRING)
    private @Nullable Grade classification;

    private @Nullable String ruleVersion;
    private @Nullable String ruleSource;
    private @Nullable Boolean ruleVerified;
    private @Nullable String councilNote;
    private @Nullable LocalDate concludedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "projects",
            name = "acceptance_product",
            joinColumns = @JoinColumn(name = "acceptance_id"))
    private List<ProductAssessment> products = new ArrayList<>();

    @Version
    private long version;

    protected Acceptance() {}

    public Acceptance(
            UUID taskId,
            String finalReport,
            String summaryReport,
            String financialReport,
            String selfAssessment,
            Instant now) {
        if (blank(finalReport) || blank(summaryReport) || blank(financialReport) || blank(selfAssessment)) {
            throw DomainException.refused("acceptance.error.dossierIncomplete");
        }
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.state = State.SUBMITTED;
        this.finalReport = finalReport;
        this.summaryReport = summaryReport;
        this.financialReport = financialReport;
        this.selfAssessment = selfAssessment;
        this.submittedAt = now;
    }

    /** The council concludes: every ordered product must be graded. Returns the classification. */
    public Grade conclude(
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Set<UUID> orderedProducts,
            Grade reportGrade,
            AcceptanceRule rule,
            @Nullable String note,
            LocalDate on) {
        if (state != State.SUBMITTED) {
            throw DomainException.conflict("acceptance.error.state", state.name());
        }
        if (!grades.keySet().equals(orderedProducts)) {
            throw DomainException.refused("acceptance.error.everyProduct");
        }
        Grade result = rule.classify(List.copyOf(grades.values()), reportGrade);
        record(grades, reportGrade, result, rule.version(), rule.source(), rule.verified(), note, on);
        return result;
    }

    /**
     * The council concluded from its members' sheets: the council's grade of each criterion (the
     * median of the sheets) is kept for the products, the classification is the council rule's.
     */
    public void concludeByCouncil(
            Map<UUID, AcceptanceRule.ProductGrades> councilGrades,
            Set<UUID> orderedProducts,
            Grade reportGrade,
            Grade classification,
            CouncilRule rule,
            @Nullable String note,
            LocalDate on) {
        if (state != State.SUBMITTED) {
            throw DomainException.conflict("acceptance.error.state", state.name());
        }
        if (!councilGrades.keySet().equals(orderedProducts)) {
            throw DomainException.refused("acceptance.error.everyProduct");
        }
        record(councilGrades, reportGrade, classification, rule.version(), rule.source(), rule.verified(), note, on);
    }

    private void record(
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            Grade result,
            String ruleVersion,
            String ruleSource,
            boolean ruleVerified,
            @Nullable String note,
            LocalDate on) {
        products.clear();
        grades.forEach(
                (product, g) -> products.add(new ProductAssessment(product, g.quantity(), g.volume(), g.quality())));
        this.reportGrade = reportGrade;
        this.classification = result;
        this.ruleVersion = ruleVersion;
        this.ruleSource = ruleSource;
        this.ruleVerified = ruleVerified;
        this.councilNote = note;
        this.concludedOn = on;
        this.state = State.CONCLUDED;
    }

    /** Products whose quantity, volume and quality are all at least Đạt: a tranche may pay for them. */
    public Set<UUID> acceptedProducts() {
        Set<UUID> accepted = new java.util.HashSet<>();
        for (ProductAssessment p : products) {
            if (p.quantity().atLeastPassed()
                    && p.volume().atLeastPassed()
                    && p.quality().atLeastPassed()) {
                accepted.add(p.productId());
            }
        }
        return accepted;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public UUID id() {
        return id;
    }

    public State state() {
        return state;
    }

    public String finalReport() {
        return finalReport;
    }

    public String summaryReport() {
        return summaryReport;
    }

    public String financialReport() {
        return financialReport;
    }

    public String selfAssessment() {
        return selfAssessment;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    public Grade reportGrade() {
        return reportGrade;
    }

    @Nullable
    public Grade classification() {
        return classification;
    }

    @Nullable
    public String ruleVersion() {
        return ruleVersion;
    }

    @Nullable
    public String ruleSource() {
        return ruleSource;
    }

    public boolean ruleVerified() {
        return Boolean.TRUE.equals(ruleVerified);
    }

    @Nullable
    public String councilNote() {
        return councilNote;
    }

    @Nullable
    public LocalDate concludedOn() {
        return concludedOn;
    }

    public List<ProductAssessment> products() {
        return List.copyOf(products);
    }

    @Embeddable
    public record ProductAssessment(
            @Column(name = "product_id") UUID productId,

            @Enumerated(EnumType.STRING) @Column(name = "quantity")
            Grade quantity,

            @Enumerated(EnumType.STRING) @Column(name = "volume")
            Grade volume,

            @Enumerated(EnumType.STRING) @Column(name = "quality")
            Grade quality) {}
}
