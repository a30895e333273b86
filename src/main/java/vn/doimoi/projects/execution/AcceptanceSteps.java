package vn.doimoi.projects.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.EvaluationDossierRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;

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

    AcceptanceSteps(
            TaskAccess access,
            AcceptanceRepository acceptances,
            AcceptanceCouncilRepository councils,
            RuleSets ruleSets,
            TaskFiles taskFiles,
            Notifications notifications) {
        this.access = access;
        this.acceptances = acceptances;
        this.councils = councils;
        this.ruleSets = ruleSets;
        this.taskFiles = taskFiles;
        this.notifications = notifications;
    }

    /**
     * The host's dossier without the members' contributions: for callers that do not collect them
     * (the journeys imported as they were recorded); the form goes through the overload below.
     */
    public void submitAcceptance(
            CurrentUser actor,
            UUID taskId,
            String finalReport,
            String summaryReport,
            String financialReport,
            String selfAssessment,
            List<TaskFiles.Upload> evidence) {
        submit(actor, taskId, finalReport, summaryReport, financialReport, selfAssessment, evidence);
    }

    /**
     * The host's dossier with the document fixing each member's contribution, which the version of
     * rule {@code evaluation-dossier} in force on the task's approval may require (Decree 267/2025 art. 17).
     */
    public void submitAcceptance(
            CurrentUser actor,
            UUID taskId,
            String finalReport,
            String summaryReport,
            String financialReport,
            String selfAssessment,
            List<TaskFiles.Upload> evidence,
            MemberContributions contributions) {
        ExecutionTask task = access.host(actor, taskId);
        RuleVersion<EvaluationDossierRule> rule = ruleSets.evaluationDossierFor(task.decisionDate());
        contributions.validate();
        if (rule.values().memberContributionsRequired() && !contributions.given()) {
            throw DomainException.refused("acceptance.error.contributionsRequired");
        }
        submit(actor, taskId, finalReport, summaryReport, financialReport, selfAssessment, evidence);
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

    private static String contributionsText(MemberContributions contributions) {
        if (contributions.shares().isEmpty()) {
            return contributions.document() == null
                    ? ""
                    : contributions.document().filename();
        }
        return contributions.shares().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().stripTrailingZeros().toPlainString() + "%")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void submit(
            CurrentUser actor,
            UUID taskId,
            String finalReport,
            String summaryReport,
            String financialReport,
            String selfAssessment,
            List<TaskFiles.Upload> evidence) {
        ExecutionTask task = access.host(actor, taskId);
        task.acceptanceRequested();
        if (acceptances.findByTaskId(taskId).isPresent()) {
            throw DomainException.conflict("acceptance.error.state", "SUBMITTED");
        }
        acceptances.save(new Acceptance(
                taskId,
                finalReport,
                summaryReport,
                financialReport,
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
        notifications.sendToRole(
                Role.STAFF,
                access.t("acceptance.notify.submitted.subject", task.code()),
                access.t("acceptance.notify.submitted.body", task.title()),
                TaskAccess.link(taskId));
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
