package vn.doimoi.projects.execution.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.execution.AdjustmentKind;
import vn.doimoi.projects.execution.Adjustments;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.Inspections;
import vn.doimoi.projects.execution.SupervisionDocuments;
import vn.doimoi.projects.execution.TaskDetails;
import vn.doimoi.shared.DomainException;

/**
 * Supervision of an ongoing task: STAFF records inspections (minutes as PDF); the host asks for
 * adjustments and STAFF decides them. Every form posts, then returns to the task's page.
 */
@Controller
class SupervisionController {

    private final Inspections inspections;
    private final Adjustments adjustments;
    private final TaskDetails details;
    private final SupervisionDocuments documents;
    private final TaskSteps steps;

    SupervisionController(
            Inspections inspections,
            Adjustments adjustments,
            TaskDetails details,
            SupervisionDocuments documents,
            TaskSteps steps) {
        this.inspections = inspections;
        this.adjustments = adjustments;
        this.details = details;
        this.documents = documents;
        this.steps = steps;
    }

    /** An inspection as its minutes record it. */
    record InspectionForm(
            @Nullable LocalDate inspectedOn,
            @Nullable String team,
            @Nullable String findings,
            @Nullable String conclusions,
            @Nullable String requests) {}

    /** The host's request to adjust the task (a schedule change gives its months). */
    record AdjustmentForm(
            @Nullable String kind,
            @Nullable String description,
            @Nullable String reason,
            @Nullable Integer months) {}

    /** STAFF's decision on an adjustment ({@code outcome} APPROVED or anything else for a refusal). */
    record DecisionForm(
            @Nullable String outcome,
            @Nullable String decisionNumber,
            @Nullable LocalDate decidedOn,
            @Nullable String note) {}

    @PostMapping("/staff/execution/tasks/{id}/inspections")
    String recordInspection(@PathVariable UUID id, @ModelAttribute InspectionForm form, RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "execution.inspection.recorded",
                actor -> inspections.record(
                        actor,
                        id,
                        new Inspections.InspectionInput(
                                TaskSteps.required(form.inspectedOn(), "inspectedOn"),
                                TaskSteps.text(form.team()),
                                TaskSteps.text(form.findings()),
                                TaskSteps.text(form.conclusions()),
                                TaskSteps.text(form.requests()))));
    }

    @GetMapping("/execution/tasks/{id}/inspections/{inspectionId}/minutes.pdf")
    ResponseEntity<byte[]> inspectionMinutes(@PathVariable UUID id, @PathVariable UUID inspectionId, Locale locale) {
        CurrentUser actor = steps.actor();
        Inspections.InspectionView inspection = inspections.one(actor, id, inspectionId);
        TaskDetail task = details.task(actor, id);
        return ExecutionController.file(
                documents.inspectionMinutesPdf(task, inspection, locale),
                "bien-ban-kiem-tra-" + inspection.number() + "-" + task.code() + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @PostMapping("/execution/tasks/{id}/adjustments")
    String requestAdjustment(@PathVariable UUID id, @ModelAttribute AdjustmentForm form, RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "execution.adjustment.requested",
                actor -> adjustments.request(
                        actor,
                        id,
                        new Adjustments.AdjustmentInput(
                                kind(form.kind()),
                                TaskSteps.text(form.description()),
                                TaskSteps.text(form.reason()),
                                form.months())));
    }

    @PostMapping("/execution/tasks/{id}/adjustments/{adjustmentId}/withdraw")
    String withdrawAdjustment(@PathVariable UUID id, @PathVariable UUID adjustmentId, RedirectAttributes redirect) {
        return steps.act(
                id, redirect, "execution.adjustment.withdrawn", actor -> adjustments.withdraw(actor, id, adjustmentId));
    }

    @PostMapping("/staff/execution/tasks/{id}/adjustments/{adjustmentId}/decision")
    String decideAdjustment(
            @PathVariable UUID id,
            @PathVariable UUID adjustmentId,
            @ModelAttribute DecisionForm form,
            RedirectAttributes redirect) {
        boolean approved = "APPROVED".equals(form.outcome());
        return steps.act(
                id,
                redirect,
                approved ? "execution.adjustment.approvedNotice" : "execution.adjustment.rejectedNotice",
                actor -> adjustments.decide(
                        actor,
                        id,
                        adjustmentId,
                        new Adjustments.Decision(
                                approved,
                                TaskSteps.text(form.decisionNumber()),
                                TaskSteps.required(form.decidedOn(), "decidedOn"),
                                TaskSteps.text(form.note()))));
    }

    private static AdjustmentKind kind(@Nullable String text) {
        try {
            return AdjustmentKind.valueOf(TaskSteps.text(text));
        } catch (IllegalArgumentException e) {
            throw DomainException.refused("execution.adjustment.error.kind");
        }
    }
}
