package vn.doimoi.projects.execution.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.projects.execution.ProductMilestones;
import vn.doimoi.projects.execution.Tranches;

/** The payment tranches: the host requests one, two STAFF users approve it, STAFF records the payment. */
@Controller
class TrancheController {

    private final Tranches tranches;
    private final ProductMilestones milestones;
    private final TaskSteps steps;

    TrancheController(Tranches tranches, ProductMilestones milestones, TaskSteps steps) {
        this.tranches = tranches;
        this.milestones = milestones;
        this.steps = steps;
    }

    /** A product accepted before the final acceptance: the day and the minutes' number. */
    record MilestoneForm(
            @Nullable LocalDate acceptedOn, @Nullable String minutes) {}

    /** A note that goes with a request or a refusal. */
    record NoteForm(@Nullable String note) {}

    /** The treasury's payment: its date and voucher number. */
    record PaymentForm(@Nullable LocalDate paidOn, @Nullable String reference) {}

    @PostMapping("/execution/tasks/{id}/tranches/{trancheId}/request")
    String request(
            @PathVariable UUID id,
            @PathVariable UUID trancheId,
            @ModelAttribute NoteForm form,
            RedirectAttributes redirect) {
        return steps.act(
                id, redirect, "payment.requested", actor -> tranches.requestTranche(actor, id, trancheId, form.note()));
    }

    @PostMapping("/staff/execution/tasks/{id}/tranches/{trancheId}/approve")
    String approve(@PathVariable UUID id, @PathVariable UUID trancheId, RedirectAttributes redirect) {
        return steps.act(id, redirect, "payment.approved", actor -> tranches.approveTranche(actor, id, trancheId));
    }

    @PostMapping("/staff/execution/tasks/{id}/tranches/{trancheId}/reject")
    String reject(
            @PathVariable UUID id,
            @PathVariable UUID trancheId,
            @ModelAttribute NoteForm form,
            RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "payment.rejected",
                actor -> tranches.rejectTranche(actor, id, trancheId, TaskSteps.text(form.note())));
    }

    @PostMapping("/staff/execution/tasks/{id}/tranches/{trancheId}/paid")
    String paid(
            @PathVariable UUID id,
            @PathVariable UUID trancheId,
            @ModelAttribute PaymentForm form,
            RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "payment.paid",
                actor -> tranches.markTranchePaid(
                        actor,
                        id,
                        trancheId,
                        TaskSteps.required(form.paidOn(), "paidOn"),
                        TaskSteps.text(form.reference())));
    }

    /** STAFF records a product's acceptance: the tranche tied to it may then be paid (lump sum to the final product). */
    @PostMapping("/staff/execution/tasks/{id}/products/{productId}/accepted")
    String productAccepted(
            @PathVariable UUID id,
            @PathVariable UUID productId,
            @ModelAttribute MilestoneForm form,
            RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "milestone.accepted",
                actor -> milestones.record(
                        actor,
                        id,
                        productId,
                        TaskSteps.required(form.acceptedOn(), "acceptedOn"),
                        TaskSteps.text(form.minutes())));
    }
}
