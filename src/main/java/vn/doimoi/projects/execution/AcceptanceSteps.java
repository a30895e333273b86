package vn.doimoi.projects.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.acceptance.AcceptanceRepository;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.councils.AcceptanceCouncilRepository;
import vn.doimoi.projects.execution.ExecutionViews.AcceptanceView;
import vn.doimoi.projects.execution.ExecutionViews.HandedInProduct;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.EvaluationDossierRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The acceptance of a task as part 2 drives it: the host submits its dossier with evidence; STAFF
 * records the grades when no council was formed (a council concludes from its sheets instead).
 */
@Service
@Transactional
public class AcceptanceSteps {

    private final TaskAccess access;
    private final AcceptanceRepository acceptances;
    private final AcceptanceCouncilRepository councils;
    private final RuleSets ruleSets;
    private final TaskFiles taskFiles;
    private final Notifications notifications;
    private final ProductMilestones milestones;

    AcceptanceSteps(
            TaskAccess access,
            AcceptanceRepository acceptances,
            AcceptanceCouncilRepository councils,
            RuleSets ruleSets,
            TaskFiles taskFiles,
            Notifications notifications,
            ProductMilestones milestones) {
        this.milestones = milestones;
        this.access = access;
        this.acceptances = acceptances;
        this.councils = councils;
        this.ruleSets = ruleSets;
        this.taskFiles = taskFiles;
        this.notifications = notifications;
    }

    /**
     * The host's dossier, checked against the version of rule {@code evaluation-dossier} in force on
     * the task's approval, which may require the document fixing each member's contribution (Decree
     * 267/2025 art. 17). A task funded as a lump sum to the final product hands in its products
     * instead of a spending report: {@code financialReport} is not asked and is ignored.
     */
    public void submitAcceptance(
            CurrentUser actor,
            UUID taskId,
            String finalReport,
            String summaryReport,
            @Nullable String financialReport,
            String selfAssessment,
            List<TaskFiles.Upload> evidence,
            MemberContributions contributions) {
        ExecutionTask task = access.host(actor, taskId);
        RuleVersion<EvaluationDossierRule> rule = ruleSets.evaluationDossierFor(task.decisionDate());
        contributions.validate();
        if (rule.values().memberContributionsRequired() && !contributions.given()) {
            throw DomainException.refused("acceptance.error.contributionsRequired");
        }
        List<HandedInProduct> products = productsInsteadOfSpending(task);
        String spending = financialReport;
        if (products != null) {
            if (blank(finalReport) || blank(summaryReport) || blank(selfAssessment)) {
                throw DomainException.refused("acceptance.error.dossierIncompleteByProducts");
            }
            spending = handedInText(products);
        }
        task.acceptanceRequested();
        if (acceptances.findByTaskId(taskId).isPresent()) {
            throw DomainException.conflict("acceptance.error.state", "SUBMITTED");
        }
        acceptances.save(new Acceptance(
                taskId,
                finalReport,
                summaryReport,
                spending == null ? "" : spending,
                selfAssessment,
                access.clock().instant()));
        for (TaskFiles.Upload upload : evidence) {
            taskFiles.store(taskId, "ACCEPTANCE", upload);
        }
        access.journal(
                taskId,
                actor.username(),
                "acceptance.submitted",
                access.t("acceptance.journal.submitted", evidence.size()),
                Map.of("stage", Stage.IN_PROGRESS.name()),
                Map.of("stage", Stage.UNDER_ACCEPTANCE.name()));
        recordContributions(actor, taskId, rule, contributions);
        notifications.sendToRole(
                Role.STAFF,
                access.t("acceptance.notify.submitted.subject", task.code()),
                access.t("acceptance.notify.submitted.body", task.title()),
                TaskAccess.link(taskId));
    }

    /**
     * What a host funded as a lump sum to the final product hands in instead of the spending
     * report: each ordered product, with its acceptance minutes once accepted; null for a task
     * funded otherwise (or not yet under contract), which is asked for the report.
     */
    @Transactional(readOnly = true)
    public @Nullable List<HandedInProduct> productsInsteadOfSpending(ExecutionTask task) {
        if (milestones.fundingMode(task.id()).orElse(null) != FundingMode.LUMP_SUM_TO_FINAL_PRODUCT) {
            return null;
        }
        Map<UUID, ProductMilestones.AcceptedProduct> accepted = new LinkedHashMap<>();
        milestones.accepted(task).forEach(p -> accepted.put(p.productId(), p));
        return task.products().stream()
                .map(p -> {
                    ProductMilestones.AcceptedProduct a = accepted.get(p.id());
                    return new HandedInProduct(
                            p.name(), a == null ? null : a.acceptedOn(), a == null ? null : a.minutesNumber());
                })
                .toList();
    }

    private String handedInText(List<HandedInProduct> products) {
        String lines = products.stream()
                .map(p -> p.acceptedOn() == null
                        ? access.t("acceptance.byProducts.pending", p.name())
                        : access.t(
                                "acceptance.byProducts.accepted",
                                p.name(),
                                VietnameseFormats.date(p.acceptedOn()),
                                p.minutesNumber()))
                .collect(Collectors.joining("; "));
        return access.t("acceptance.byProducts.dossier", lines);
    }

    private void recordContributions(
            CurrentUser actor,
            UUID taskId,
            RuleVersion<EvaluationDossierRule> rule,
            MemberContributions contributions) {
        if (contributions.document() != null) {
            taskFiles.store(taskId, "CONTRIBUTIONS", contributions.document());
        }
        if (contributions.given()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("rule", rule.code());
            contributions.shares().forEach((member, share) -> after.put(member, share.toPlainString()));
            access.journal(
                    taskId,
                    actor.username(),
                    "acceptance.contributions",
                    access.t("acceptance.journal.contributions", contributionsText(contributions)),
                    null,
                    after);
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String contributionsText(MemberContributions contributions) {
        if (contributions.shares().isEmpty()) {
            return contributions.document() == null
                    ? ""
                    : contributions.document().filename();
        }
        return contributions.shares().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().stripTrailingZeros().toPlainString() + "%")
                .collect(Collectors.joining(", "));
    }

    /** STAFF records the council's grades; the configured rule classifies the task. */
    public Grade concludeAcceptance(
            CurrentUser actor,
            UUID taskId,
            Map<UUID, AcceptanceRule.ProductGrades> grades,
            Grade reportGrade,
            @Nullable String note) {
        ExecutionTask task = access.staff(actor, taskId);
        Acceptance acceptance = acceptances
                .findByTaskId(taskId)
                .orElseThrow(() -> DomainException.conflict("acceptance.error.noDossier"));
        if (councils.findByTaskId(taskId).isPresent()) {
            // A formed council concludes from its members' sheets (AcceptanceCouncils), not here.
            throw DomainException.conflict("acceptance.council.error.useSheets");
        }
        AcceptanceRule rule = ruleSets.gradingFor(task.decisionDate());
        Grade classification = acceptance.conclude(grades, task.productIds(), reportGrade, rule, note, access.today());
        task.acceptanceConcluded(classification);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("classification", classification.name());
        after.put("reportGrade", reportGrade.name());
        after.put("rule", rule.version());
        after.put("ruleVerified", rule.verified());
        grades.forEach(
                (product, g) -> after.put(product.toString(), g.quantity() + "/" + g.volume() + "/" + g.quality()));
        String gradeText = access.t("acceptance.grade." + classification.name());
        access.journal(taskId, actor.username(), "acceptance.concluded", gradeText, null, after);
        notifications.sendToOrganisation(
                task.hostOrgId(),
                access.t("acceptance.notify.concluded.subject", task.code()),
                access.t("acceptance.notify.concluded.body", task.title(), gradeText),
                TaskAccess.link(taskId));
        return classification;
    }

    /** The task's acceptance record, if the host has submitted its dossier. */
    @Transactional(readOnly = true)
    public Optional<Acceptance> of(UUID taskId) {
        return acceptances.findByTaskId(taskId);
    }

    /** The rule that classifies accepted tasks (its version and source are shown with the grades). */
    public AcceptanceRule rule(ExecutionTask task) {
        return ruleSets.gradingFor(task.decisionDate());
    }

    static AcceptanceView view(Acceptance a) {
        return new AcceptanceView(
                a.id(),
                a.state() == Acceptance.State.CONCLUDED,
                a.finalReport(),
                a.summaryReport(),
                a.financialReport(),
                a.selfAssessment(),
                a.submittedAt(),
                a.reportGrade(),
                a.classification(),
                a.ruleVersion(),
                a.ruleSource(),
                a.ruleVerified(),
                a.councilNote(),
                a.concludedOn());
    }
}
