package vn.doimoi.projects.execution.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.closure.Closure;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.Deadlines;
import vn.doimoi.projects.execution.ExecutionDocuments;
import vn.doimoi.projects.execution.ExecutionViews.Dashboard;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.FundingMode;
import vn.doimoi.projects.execution.Inspections;
import vn.doimoi.projects.execution.SupervisionDocuments;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.execution.TaskFiles;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.results.ResultUses;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.FormErrors;

/** The Department's management of tasks in execution: dashboard, contracts, payments, acceptance, registration. */
@Controller
class StaffExecutionController {

    private final TaskExecutions executions;
    private final ResultUses resultUses;
    private final ResultRegistration resultRegistration;
    private final Closure closure;
    private final TaskFiles taskFiles;
    private final ExecutionDocuments documents;
    private final Accounts accounts;
    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final Inspections inspections;
    private final SupervisionDocuments supervision;
    private final AcceptanceCouncils councils;

    StaffExecutionController(
            TaskExecutions executions,
            ResultUses resultUses,
            ResultRegistration resultRegistration,
            Closure closure,
            TaskFiles taskFiles,
            ExecutionDocuments documents,
            Accounts accounts,
            java.time.Clock clock,
            org.springframework.context.MessageSource messages,
            Inspections inspections,
            SupervisionDocuments supervision,
            AcceptanceCouncils councils) {
        this.inspections = inspections;
        this.supervision = supervision;
        this.councils = councils;
        this.messages = messages;
        this.executions = executions;
        this.resultUses = resultUses;
        this.resultRegistration = resultRegistration;
        this.closure = closure;
        this.taskFiles = taskFiles;
        this.documents = documents;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/staff/execution")
    String dashboard(Model model, Locale locale) {
        Dashboard dashboard = executions.dashboard(Web.actor(accounts));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute(
                "chart",
                MoneyChart.svg(
                        dashboard.money(),
                        messages.getMessage("execution.dashboard.money", null, locale),
                        messages.getMessage("execution.dashboard.planned", null, locale),
                        messages.getMessage("execution.dashboard.paid", null, locale)));
        model.addAttribute("year", Deadlines.today(clock.instant()).getYear());
        return "projects/execution/dashboard";
    }

    @GetMapping("/staff/execution/payments.xlsx")
    ResponseEntity<byte[]> payments(@RequestParam(required = false) Integer year, Locale locale) {
        int chosen = year == null ? Deadlines.today(clock.instant()).getYear() : year;
        if (chosen < 2000 || chosen > Year.MAX_VALUE) {
            throw DomainException.invalid("execution.error.number", chosen);
        }
        byte[] bytes = documents.paymentsXlsx(executions.payments(Web.actor(accounts), chosen), chosen, locale);
        return Downloads.xlsx(bytes, "cap-kinh-phi-" + chosen + ".xlsx");
    }

    // ---------------------------------------------------------------- contract

    @GetMapping("/staff/execution/tasks/{id}/contract")
    String contractForm(@PathVariable UUID id, Model model) {
        CurrentUser actor = Web.actor(accounts);
        return contractPage(
                model, actor, id, ContractForm.of(executions.suggestedTerms(actor, id)), false, FormErrors.none());
    }

    @PostMapping("/staff/execution/tasks/{id}/contract")
    String draft(
            @PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        ContractForm form = ContractForm.of(params);
        try {
            executions.draftContract(actor, id, form.terms());
            redirect.addFlashAttribute("notice", "contract.drafted");
            return "redirect:" + ExecutionController.page(id);
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            return contractPage(
                    model,
                    actor,
                    id,
                    form,
                    false,
                    FormErrors.none().with(FormErrors.GLOBAL, e.messageKey(), e.arguments()));
        }
    }

    @GetMapping("/staff/execution/tasks/{id}/contract/amend")
    String amendForm(@PathVariable UUID id, Model model) {
        CurrentUser actor = Web.actor(accounts);
        TaskDetail task = executions.task(actor, id);
        if (task.contract() == null) {
            throw DomainException.conflict("contract.error.noDraft");
        }
        return contractPage(model, actor, id, ContractForm.of(task.contract().terms()), true, FormErrors.none());
    }

    @PostMapping("/staff/execution/tasks/{id}/contract/amend")
    String amend(
            @PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        ContractForm form = ContractForm.of(params);
        try {
            executions.amendContract(actor, id, form.terms(), form.reason());
            redirect.addFlashAttribute("notice", "contract.amended");
            return "redirect:" + ExecutionController.page(id);
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            return contractPage(
                    model,
                    actor,
                    id,
                    form,
                    true,
                    FormErrors.none().with(FormErrors.GLOBAL, e.messageKey(), e.arguments()));
        }
    }

    private String contractPage(
            Model model, CurrentUser actor, UUID id, ContractForm form, boolean amendment, FormErrors errors) {
        TaskDetail task = executions.task(actor, id);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("amendment", amendment);
        model.addAttribute("errors", errors);
        model.addAttribute("modes", FundingMode.values());
        return "projects/execution/contract-form";
    }

    @PostMapping("/staff/execution/tasks/{id}/contract/sign")
    String sign(@PathVariable UUID id, @RequestParam(defaultValue = "") String signedOn, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "contract.signed",
                () -> executions.signContract(actor, id, Web.date(signedOn, "signedOn")));
    }

    @PostMapping("/staff/execution/tasks/{id}/contract/terminate")
    String terminate(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "contract.terminated",
                () -> executions.terminateContract(actor, id, reason));
    }

    // ---------------------------------------------------------------- reports and payments

    @PostMapping("/staff/execution/tasks/{id}/reports/{reportId}/accept")
    String acceptReport(
            @PathVariable UUID id,
            @PathVariable UUID reportId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "execution.report.accepted",
                () -> executions.acceptReport(actor, id, reportId, note));
    }

    @PostMapping("/staff/execution/tasks/{id}/tranches/{trancheId}/approve")
    String approve(@PathVariable UUID id, @PathVariable UUID trancheId, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "payment.approved",
                () -> executions.approveTranche(actor, id, trancheId));
    }

    @PostMapping("/staff/execution/tasks/{id}/tranches/{trancheId}/reject")
    String reject(
            @PathVariable UUID id,
            @PathVariable UUID trancheId,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "payment.rejected",
                () -> executions.rejectTranche(actor, id, trancheId, note));
    }

    @PostMapping("/staff/execution/tasks/{id}/tranches/{trancheId}/paid")
    String paid(
            @PathVariable UUID id,
            @PathVariable UUID trancheId,
            @RequestParam(defaultValue = "") String paidOn,
            @RequestParam(defaultValue = "") String reference,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "payment.paid",
                () -> executions.markTranchePaid(actor, id, trancheId, Web.date(paidOn, "paidOn"), reference));
    }

    // ---------------------------------------------------------------- acceptance, result, assets, closing

    @PostMapping("/staff/execution/tasks/{id}/acceptance")
    String conclude(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(redirect, ExecutionController.page(id), "acceptance.concluded", () -> {
            TaskDetail task = executions.task(actor, id);
            Map<UUID, AcceptanceRule.ProductGrades> grades = Web.productGrades(task.products(), params, "");
            executions.concludeAcceptance(actor, id, grades, grade(params.get("reportGrade")), params.get("note"));
        });
    }

    @PostMapping("/staff/execution/tasks/{id}/result")
    String register(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String certificateNumber,
            @RequestParam(defaultValue = "") String registeredOn,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "result.registered",
                () -> resultRegistration.registerResult(
                        actor, id, certificateNumber.trim(), Web.date(registeredOn, "registeredOn")));
    }

    @PostMapping("/staff/execution/tasks/{id}/assets")
    String addAsset(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String value,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "asset.added",
                () -> closure.addAsset(actor, id, name.trim(), Web.money(value)));
    }

    @PostMapping("/staff/execution/tasks/{id}/assets/{assetId}")
    String decideAsset(
            @PathVariable UUID id,
            @PathVariable UUID assetId,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String handedTo,
            @RequestParam(defaultValue = "") String handedOn,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "asset.decided",
                () -> closure.decideAsset(actor, id, assetId, decision, handedTo, Web.date(handedOn, "handedOn")));
    }

    @PostMapping("/staff/execution/tasks/{id}/liquidation")
    String liquidate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String minutesNumber,
            @RequestParam(defaultValue = "") String liquidatedOn,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "closing.liquidated",
                () -> closure.liquidate(actor, id, minutesNumber.trim(), Web.date(liquidatedOn, "liquidatedOn"), note));
    }

    @GetMapping("/staff/execution/tasks/{id}/dossier.zip")
    ResponseEntity<byte[]> dossier(@PathVariable UUID id, Locale locale) {
        CurrentUser actor = Web.actor(accounts);
        TaskDetail task = executions.task(actor, id);
        List<TaskFiles.Download> minutes = new ArrayList<>();
        for (Inspections.InspectionView inspection : inspections.of(actor, id)) {
            minutes.add(new TaskFiles.Download(
                    "08-bien-ban-kiem-tra-" + inspection.number() + ".pdf",
                    "application/pdf",
                    supervision.inspectionMinutesPdf(task, inspection, locale)));
        }
        byte[] zip =
                documents.dossierZip(task, councils.view(actor, id), taskFiles.documents(actor, id), minutes, locale);
        return ExecutionController.file(
                zip, "ho-so-" + task.code() + ".zip", MediaType.parseMediaType("application/zip"));
    }

    @PostMapping("/staff/execution/uses/{useId}/confirm")
    String confirmUse(@PathVariable UUID useId, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(redirect, "/staff/execution", "result.use.confirmed", () -> resultUses.confirmUse(actor, useId));
    }

    private static Grade grade(String value) {
        return Web.grade(value);
    }
}
