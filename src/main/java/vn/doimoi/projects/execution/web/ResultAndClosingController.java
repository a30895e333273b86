package vn.doimoi.projects.execution.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.closure.RiskAssessmentData;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.results.ResultUses;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Money;

/**
 * After acceptance, on a task's page: the host submits its result, STAFF registers it and confirms
 * its reported uses; STAFF records the assets and their handing over, assesses a failed task's
 * compliance (Law 93/2025 art. 9) and liquidates the contract.
 */
@Controller
class ResultAndClosingController {

    private final ResultRegistration registration;
    private final ResultUses uses;
    private final Closure closure;
    private final TaskSteps steps;

    ResultAndClosingController(ResultRegistration registration, ResultUses uses, Closure closure, TaskSteps steps) {
        this.registration = registration;
        this.uses = uses;
        this.closure = closure;
        this.steps = steps;
    }

    /** The host's result (its files come as {@code attachments}). */
    record ResultForm(
            @Nullable String title,
            @Nullable String summary,
            @Nullable String authors,
            @Nullable String keywords,
            @Nullable String applicationScope) {}

    /** STAFF's registration of the result: the certificate's number and date. */
    record RegistrationForm(
            @Nullable String certificateNumber, @Nullable LocalDate registeredOn) {}

    /** An asset bought with the task's money and its value. */
    record AssetForm(@Nullable String name, @Nullable Money value) {}

    /** What becomes of an asset, to whom and when it is handed over. */
    record AssetDecisionForm(
            @Nullable String decision,
            @Nullable String handedTo,
            @Nullable LocalDate handedOn) {}

    /** The liquidation minutes that close the contract. */
    record LiquidationForm(
            @Nullable String minutesNumber,
            @Nullable LocalDate liquidatedOn,
            @Nullable String note) {}

    @PostMapping("/execution/tasks/{id}/result")
    String submitResult(
            @PathVariable UUID id,
            @ModelAttribute ResultForm form,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "result.submitted",
                actor -> registration.submitResult(
                        actor,
                        id,
                        new ResultRegistration.ResultInput(
                                TaskSteps.text(form.title()),
                                TaskSteps.text(form.summary()),
                                TaskSteps.text(form.authors()),
                                TaskSteps.text(form.keywords()),
                                TaskSteps.text(form.applicationScope())),
                        Web.uploads(attachments)));
    }

    @PostMapping("/staff/execution/tasks/{id}/result")
    String register(@PathVariable UUID id, @ModelAttribute RegistrationForm form, RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "result.registered",
                actor -> registration.registerResult(
                        actor,
                        id,
                        TaskSteps.text(form.certificateNumber()).trim(),
                        TaskSteps.required(form.registeredOn(), "registeredOn")));
    }

    @PostMapping("/staff/execution/tasks/{id}/assets")
    String addAsset(@PathVariable UUID id, @ModelAttribute AssetForm form, RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "asset.added",
                actor -> closure.addAsset(
                        actor,
                        id,
                        TaskSteps.text(form.name()).trim(),
                        form.value() == null ? null : form.value().amount()));
    }

    @PostMapping("/staff/execution/tasks/{id}/assets/{assetId}")
    String decideAsset(
            @PathVariable UUID id,
            @PathVariable UUID assetId,
            @ModelAttribute AssetDecisionForm form,
            RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "asset.decided",
                actor -> closure.decideAsset(
                        actor,
                        id,
                        assetId,
                        TaskSteps.text(form.decision()),
                        TaskSteps.text(form.handedTo()),
                        TaskSteps.required(form.handedOn(), "handedOn")));
    }

    /** The compliance assessment of a failed task, as the decision recording it reads. */
    record RiskForm(
            @Nullable String compliant,
            @Nullable String assessors,
            @Nullable String evidence,
            @Nullable String decisionNumber,
            @Nullable LocalDate decidedOn,
            @Nullable Money recoveryAmount) {}

    @PostMapping("/staff/execution/tasks/{id}/risk-assessment")
    String assessCompliance(@PathVariable UUID id, @ModelAttribute RiskForm form, RedirectAttributes redirect) {
        return steps.act(id, redirect, "risk.assessed", actor -> {
            String compliant = TaskSteps.text(form.compliant());
            if (!compliant.equals("yes") && !compliant.equals("no")) {
                throw DomainException.refused("risk.error.compliant");
            }
            closure.assessCompliance(
                    actor,
                    id,
                    new RiskAssessmentData(
                            compliant.equals("yes"),
                            TaskSteps.text(form.assessors()),
                            TaskSteps.text(form.evidence()),
                            TaskSteps.text(form.decisionNumber()),
                            TaskSteps.required(form.decidedOn(), "decidedOn"),
                            form.recoveryAmount() == null
                                    ? null
                                    : form.recoveryAmount().amount()));
        });
    }

    @PostMapping("/staff/execution/tasks/{id}/liquidation")
    String liquidate(@PathVariable UUID id, @ModelAttribute LiquidationForm form, RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "closing.liquidated",
                actor -> closure.liquidate(
                        actor,
                        id,
                        TaskSteps.text(form.minutesNumber()).trim(),
                        TaskSteps.required(form.liquidatedOn(), "liquidatedOn"),
                        TaskSteps.text(form.note())));
    }

    @PostMapping("/staff/execution/uses/{useId}/confirm")
    String confirmUse(@PathVariable UUID useId, RedirectAttributes redirect) {
        return steps.act("/staff/execution", redirect, "result.use.confirmed", actor -> uses.confirmUse(actor, useId));
    }
}
