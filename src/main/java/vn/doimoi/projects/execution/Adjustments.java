package vn.doimoi.projects.execution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.rules.ExtensionRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;

/**
 * Adjustment requests of an ongoing task: the host asks (schedule extension, content, budget
 * between lines, personnel) with its reason; STAFF approves or rejects with a numbered decision.
 * An approved schedule extension moves the end of the execution period and every report not yet
 * sent by the months granted; the signed contract stays as signed (ADR 0024).
 */
@Service
@Transactional
public class Adjustments {

    /** What the host asks. {@code extensionMonths} only for a schedule extension. */
    public record AdjustmentInput(
            AdjustmentKind kind,
            String description,
            String reason,
            @Nullable Integer extensionMonths) {}

    /** STAFF's decision. */
    public record Decision(
            boolean approved,
            String decisionNumber,
            LocalDate decidedOn,
            @Nullable String note) {}

    /** One request as shown on the task's page. */
    public record AdjustmentView(
            UUID id,
            int number,
            AdjustmentKind kind,
            String description,
            String reason,
            @Nullable Integer extensionMonths,
            AdjustmentState state,
            Instant requestedAt,
            @Nullable String decisionNumber,
            @Nullable LocalDate decidedOn,
            @Nullable String decisionNote) {}

    private final AdjustmentRepository adjustments;
    private final ProgressReportRepository reports;
    private final ContractRepository contracts;
    private final JsonMapper json;
    private final TaskAccess access;
    private final Notifications notifications;
    private final RuleSets ruleSets;

    Adjustments(
            AdjustmentRepository adjustments,
            ProgressReportRepository reports,
            ContractRepository contracts,
            JsonMapper json,
            TaskAccess access,
            Notifications notifications,
            RuleSets ruleSets) {
        this.ruleSets = ruleSets;
        this.contracts = contracts;
        this.json = json;
        this.adjustments = adjustments;
        this.reports = reports;
        this.access = access;
        this.notifications = notifications;
    }

    public UUID request(CurrentUser actor, UUID taskId, AdjustmentInput input) {
        ExecutionTask task = access.host(actor, taskId);
        task.require(Stage.IN_PROGRESS);
        List<Adjustment> existing = adjustments.findByTaskIdOrderByNumber(taskId);
        if (existing.stream().anyMatch(a -> a.state() == AdjustmentState.REQUESTED && a.kind() == input.kind())) {
            throw DomainException.conflict("execution.adjustment.error.pending");
        }
        RuleVersion<ExtensionRule> extension = ruleSets.extensionFor(task.decisionDate());
        ExtensionRule rule = extension.values();
        if (input.kind() == AdjustmentKind.SCHEDULE) {
            requireNotExtended(existing, null, rule);
        }
        Adjustment adjustment = adjustments.save(new Adjustment(
                taskId,
                existing.size() + 1,
                input.kind(),
                input.description(),
                input.reason(),
                input.extensionMonths(),
                rule.maxExtensionMonths(),
                actor.username(),
                access.clock().instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", adjustment.number());
        after.put("kind", input.kind().name());
        after.put("state", AdjustmentState.REQUESTED.name());
        if (adjustment.extensionMonths() != null) {
            after.put("extensionMonths", adjustment.extensionMonths());
            after.put("rule", extension.code());
        }
        access.journal(
                taskId,
                actor.username(),
                "execution.adjustment.requested",
                "#" + adjustment.number() + " " + input.kind(),
                null,
                after);
        notifications.sendToRole(
                Role.STAFF,
                access.t("execution.adjustment.notify.requested.subject", task.code()),
                access.t("execution.adjustment.notify.requested.body", task.title(), adjustment.reason()),
                TaskAccess.link(taskId));
        return adjustment.id();
    }

    /**
     * STAFF decides; an approved schedule extension moves the end of the execution period and the
     * due dates of unsent reports by the months granted.
     */
    public void decide(CurrentUser actor, UUID taskId, UUID adjustmentId, Decision decision) {
        ExecutionTask task = access.staff(actor, taskId);
        task.require(Stage.IN_PROGRESS);
        Adjustment adjustment = adjustment(taskId, adjustmentId);
        if (decision.approved() && adjustment.kind() == AdjustmentKind.SCHEDULE) {
            requireNotExtended(
                    adjustments.findByTaskIdOrderByNumber(taskId),
                    adjustment,
                    ruleSets.extensionFor(task.decisionDate()).values());
        }
        if (decision.approved()) {
            adjustment.approve(
                    decision.decisionNumber(), decision.decidedOn(), decision.note(), actor.username(), access.today());
        } else {
            adjustment.reject(
                    decision.decisionNumber(), decision.decidedOn(), decision.note(), actor.username(), access.today());
        }
        int months = adjustment.approvedExtensionMonths();
        int moved = 0;
        for (ProgressReport report : reports.findByTaskIdOrderByNumber(taskId)) {
            if (report.postpone(months)) {
                moved++;
            }
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", AdjustmentState.REQUESTED.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", adjustment.state().name());
        after.put("decisionNumber", adjustment.decisionNumber());
        after.put("decidedOn", decision.decidedOn().toString());
        String detail = "#" + adjustment.number() + " " + adjustment.decisionNumber();
        if (months > 0) {
            LocalDate contractEnd = contractEnd(taskId);
            LocalDate was = task.endsOn(contractEnd);
            LocalDate until = task.extend(contractEnd, months);
            before.put("endsOn", was.toString());
            after.put("endsOn", until.toString());
            after.put("contractEndOn", contractEnd.toString());
            after.put("reportsMovedByMonths", months);
            after.put("reportsMoved", moved);
            detail += " · "
                    + access.t(
                            "execution.adjustment.extendedUntil", vn.doimoi.shared.text.VietnameseFormats.date(until));
        }
        access.journal(
                taskId,
                actor.username(),
                "execution.adjustment." + adjustment.state().name().toLowerCase(java.util.Locale.ROOT),
                detail,
                before,
                after);
        notifications.sendToOrganisation(
                task.hostOrgId(),
                access.t("execution.adjustment.notify.decided.subject", task.code(), adjustment.number()),
                access.t(
                        "execution.adjustment.notify.decided.body",
                        task.title(),
                        access.t("execution.adjustment.state."
                                + adjustment.state().name())),
                TaskAccess.link(taskId));
    }

    /** The host withdraws a request not yet decided. */
    public void withdraw(CurrentUser actor, UUID taskId, UUID adjustmentId) {
        access.host(actor, taskId);
        Adjustment adjustment = adjustment(taskId, adjustmentId);
        adjustment.withdraw();
        access.journal(
                taskId,
                actor.username(),
                "execution.adjustment.withdrawn",
                "#" + adjustment.number(),
                Map.of("state", AdjustmentState.REQUESTED.name()),
                Map.of("state", AdjustmentState.WITHDRAWN.name()));
    }

    @Transactional(readOnly = true)
    public List<AdjustmentView> of(CurrentUser actor, UUID taskId) {
        access.visible(actor, taskId);
        return adjustments.findByTaskIdOrderByNumber(taskId).stream()
                .map(a -> new AdjustmentView(
                        a.id(),
                        a.number(),
                        a.kind(),
                        a.description(),
                        a.reason(),
                        a.extensionMonths(),
                        a.state(),
                        a.requestedAt(),
                        a.decisionNumber(),
                        a.decidedOn(),
                        a.decisionNote()))
                .toList();
    }

    /**
     * A task's execution period is extended once (Circular 04/2015/TT-BKHCN: one extension of at
     * most 12 months); a second request after an approved one would let extensions add up past
     * that, so it is refused, naming the decision that granted the first.
     */
    /** The rule in force for the task allows so many extensions; one more is refused, citing the last. */
    private static void requireNotExtended(
            List<Adjustment> existing, @Nullable Adjustment deciding, ExtensionRule rule) {
        List<Adjustment> granted = existing.stream()
                .filter(a -> (deciding == null || !a.id().equals(deciding.id())) && a.approvedExtensionMonths() > 0)
                .toList();
        if (granted.size() >= rule.maxExtensions()) {
            Adjustment last = granted.isEmpty() ? null : granted.get(granted.size() - 1);
            throw DomainException.conflict(
                    "execution.adjustment.error.extendedOnce",
                    last == null ? 0 : last.extensionMonths(),
                    last == null ? "—" : last.decisionNumber(),
                    rule.maxExtensions(),
                    rule.maxExtensionMonths());
        }
    }

    /** The end of the signed contract in force (its current version). */
    private LocalDate contractEnd(UUID taskId) {
        Contract contract = contracts
                .findByTaskId(taskId)
                .filter(c -> c.state() == ContractState.SIGNED)
                .orElseThrow(() -> DomainException.conflict("contract.error.notSigned"));
        return json.readValue(contract.terms(), ContractTerms.class).endOn();
    }

    private Adjustment adjustment(UUID taskId, UUID adjustmentId) {
        return adjustments
                .findById(adjustmentId)
                .filter(a -> a.taskId().equals(taskId))
                .orElseThrow(TaskAccess::notFound);
    }
}
