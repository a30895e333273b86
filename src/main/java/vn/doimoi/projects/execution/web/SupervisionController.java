package vn.doimoi.projects.execution.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.AdjustmentKind;
import vn.doimoi.projects.execution.Adjustments;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.Inspections;
import vn.doimoi.projects.execution.SupervisionDocuments;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.DomainException;

/**
 * Supervision of an ongoing task: STAFF records inspections (minutes as PDF); the host asks for
 * adjustments and STAFF decides them. Every form posts, then returns to the task's page.
 */
@Controller
class SupervisionController {

    private final Inspections inspections;
    private final Adjustments adjustments;
    private final TaskExecutions executions;
    private final SupervisionDocuments documents;
    private final Accounts accounts;

    SupervisionController(
            Inspections inspections,
            Adjustments adjustments,
            TaskExecutions executions,
            SupervisionDocuments documents,
            Accounts accounts) {
        this.inspections = inspections;
        this.adjustments = adjustments;
        this.executions = executions;
        this.documents = documents;
        this.accounts = accounts;
    }

    @PostMapping("/staff/execution/tasks/{id}/inspections")
    String recordInspection(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String inspectedOn,
            @RequestParam(defaultValue = "") String team,
            @RequestParam(defaultValue = "") String findings,
            @RequestParam(defaultValue = "") String conclusions,
            @RequestParam(defaultValue = "") String requests,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "execution.inspection.recorded",
                () -> inspections.record(
                        actor,
                        id,
                        new Inspections.InspectionInput(
                                Web.date(inspectedOn, "inspectedOn"), team, findings, conclusions, requests)));
    }

    @GetMapping("/execution/tasks/{id}/inspections/{inspectionId}/minutes.pdf")
    ResponseEntity<byte[]> inspectionMinutes(@PathVariable UUID id, @PathVariable UUID inspectionId, Locale locale) {
        CurrentUser actor = Web.actor(accounts);
        Inspections.InspectionView inspection = inspections.one(actor, id, inspectionId);
        TaskDetail task = executions.task(actor, id);
        return ExecutionController.file(
                documents.inspectionMinutesPdf(task, inspection, locale),
                "bien-ban-kiem-tra-" + inspection.number() + "-" + task.code() + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @PostMapping("/execution/tasks/{id}/adjustments")
    String requestAdjustment(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String months,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "execution.adjustment.requested",
                () -> adjustments.request(
                        actor,
                        id,
                        new Adjustments.AdjustmentInput(
                                kind(kind), description, reason, months.isBlank() ? null : Web.integer(months, 0))));
    }

    @PostMapping("/execution/tasks/{id}/adjustments/{adjustmentId}/withdraw")
    String withdrawAdjustment(@PathVariable UUID id, @PathVariable UUID adjustmentId, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "execution.adjustment.withdrawn",
                () -> adjustments.withdraw(actor, id, adjustmentId));
    }

    @PostMapping("/staff/execution/tasks/{id}/adjustments/{adjustmentId}/decision")
    String decideAdjustment(
            @PathVariable UUID id,
            @PathVariable UUID adjustmentId,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String decisionNumber,
            @RequestParam(defaultValue = "") String decidedOn,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        boolean approved = "APPROVED".equals(outcome);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                approved ? "execution.adjustment.approvedNotice" : "execution.adjustment.rejectedNotice",
                () -> adjustments.decide(
                        actor,
                        id,
                        adjustmentId,
                        new Adjustments.Decision(approved, decisionNumber, Web.date(decidedOn, "decidedOn"), note)));
    }

    private static AdjustmentKind kind(String text) {
        try {
            return AdjustmentKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.refused("execution.adjustment.error.kind");
        }
    }
}
