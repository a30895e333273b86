package vn.doimoi.projects.councils;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.shared.DomainException;

/**
 * One council member's evaluation sheet (phiếu đánh giá, like Form 7 of Circular 11/2014): each
 * ordered product's quantity, volume and quality, and the report, graded; with the member's
 * comment and the classification the rule gives this sheet. One per member. A sheet STAFF typed
 * from the signed paper is never changed; a sheet the member entered online may be revised by
 * that member while the council still scores, as part 1's members revise theirs.
 */
@Entity(name = "ExecutionMemberSheet")
@Table(schema = "projects", name = "acceptance_sheet")
class MemberSheet {

    @Id
    private UUID id;

    private UUID councilId;
    private UUID personId;

    @Enumerated(EnumType.STRING)
    private Grade reportGrade;

    @Enumerated(EnumType.STRING)
    private Grade classification;

    private String comment;
    private String ruleVersion;
    private String recordedBy;
    private Instant recordedAt;
    private boolean online;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "acceptance_sheet_grade", joinColumns = @JoinColumn(name = "sheet_id"))
    private List<Line> lines = new ArrayList<>();

    protected MemberSheet() {}

    /** A sheet's grades as entered, who entered them and when, and the rule that classifies them. */
    record Grading(
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Set<UUID> orderedProducts,
            Grade reportGrade,
            String comment,
            AcceptanceRule rule,
            String recordedBy,
            Instant at) {}

    MemberSheet(UUID councilId, UUID personId, Grading grading, boolean online) {
        this.id = UUID.randomUUID();
        this.councilId = councilId;
        this.personId = personId;
        this.online = online;
        grade(grading);
    }

    /** The member revises the sheet they entered online; a paper sheet stays as signed. */
    void revise(Grading grading) {
        if (!online) {
            throw DomainException.conflict("acceptance.council.error.paperSheet");
        }
        grade(grading);
    }

    private void grade(Grading grading) {
        Map<UUID, AcceptanceRule.ProductGrades> grades = grading.grades();
        Set<UUID> orderedProducts = grading.orderedProducts();
        Grade reportGrade = grading.reportGrade();
        String comment = grading.comment();
        AcceptanceRule rule = grading.rule();
        if (!grades.keySet().equals(orderedProducts)) {
            throw DomainException.refused("acceptance.error.everyProduct");
        }
        this.reportGrade = reportGrade;
        this.classification = rule.classify(List.copyOf(grades.values()), reportGrade);
        this.comment = comment == null ? "" : comment.strip();
        this.ruleVersion = rule.version();
        this.recordedBy = grading.recordedBy();
        this.recordedAt = grading.at();
        lines.clear();
        grades.forEach((product, g) -> lines.add(new Line(product, g.quantity(), g.volume(), g.quality())));
    }

    /** The sheet as the audit trail records it. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("report", reportGrade.name());
        state.put("classification", classification.name());
        state.put("online", online);
        lines.forEach(l -> state.put(l.productId().toString(), l.quantity() + "/" + l.volume() + "/" + l.quality()));
        return state;
    }

    UUID personId() {
        return personId;
    }

    Grade reportGrade() {
        return reportGrade;
    }

    Grade classification() {
        return classification;
    }

    String comment() {
        return comment;
    }

    boolean online() {
        return online;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    @Embeddable
    record Line(
            @Column(name = "product_id") UUID productId,

            @Enumerated(EnumType.STRING) @Column(name = "quantity")
            Grade quantity,

            @Enumerated(EnumType.STRING) @Column(name = "volume")
            Grade volume,

            @Enumerated(EnumType.STRING) @Column(name = "quality")
            Grade quality) {}
}
