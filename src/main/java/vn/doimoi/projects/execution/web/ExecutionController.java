package vn.doimoi.projects.execution.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.Adjustments;
import vn.doimoi.projects.execution.ExecutionDocuments;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.Inspections;
import vn.doimoi.projects.execution.Stage;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.execution.TaskFiles;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.Downloads;

/**
 * The host organisation's pages of a task in execution (STAFF reads the same page and acts on it
 * through {@link StaffExecutionController}). Ownership is checked by {@link TaskExecutions}.
 */
@Controller
public class ExecutionController {

    static final int PAGE_SIZE = 50;

    private final TaskExecutions executions;
    private final ResultRegistration resultRegistration;
    private final TaskFiles taskFiles;
    private final ExecutionDocuments documents;
    private final Accounts accounts;
    private final java.time.Clock clock;

    private final Inspections inspections;
    private final Adjustments adjustments;
    private final AcceptanceCouncils councils;

    ExecutionController(
            TaskExecutions executions,
            ResultRegistration resultRegistration,
            TaskFiles taskFiles,
            ExecutionDocuments documents,
            Accounts accounts,
            java.time.Clock clock,
            Inspections inspections,
            Adjustments adjustments,
            AcceptanceCouncils councils) {
        this.councils = councils;
        this.inspections = inspections;
        this.adjustments = adjustments;
        this.clock = clock;
        this.executions = executions;
        this.resultRegistration = resultRegistration;
        this.taskFiles = taskFiles;
        this.documents = documents;
        this.accounts = accounts;
    }

    @GetMapping("/execution")
    String list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        CurrentUser actor = Web.actor(accounts);
        model.addAttribute("tasks", PageOf.slice(executions.tasksFor(actor), Paging.of(page, size, PAGE_SIZE)));
        return "projects/execution/list";
    }

    @GetMapping("/execution/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        CurrentUser actor = Web.actor(accounts);
        TaskDetail task = executions.task(actor, id);
        model.addAttribute("task", task);
        model.addAttribute("staff", actor.has(Role.STAFF) || actor.has(Role.ADMIN));
        model.addAttribute("host", actor.actsFor(task.hostOrgId()));
        model.addAttribute("username", actor.username());
        model.addAttribute("inspections", inspections.of(actor, id));
        model.addAttribute("adjustments", adjustments.of(actor, id));
        AcceptanceCouncils.CouncilView council = councils.view(actor, id);
        model.addAttribute("council", council);
        boolean staff = actor.has(Role.STAFF) || actor.has(Role.ADMIN);
        model.addAttribute(
                "candidates",
                staff && council == null && task.stage() == Stage.UNDER_ACCEPTANCE
                        ? councils.candidates(actor, id)
                        : List.of());
        model.addAttribute("today", vn.doimoi.projects.execution.Deadlines.today(clock.instant()));
        if (!model.containsAttribute("problemKey")) {
            model.addAttribute("problemKey", "");
            model.addAttribute("problemArgs", new Object[0]);
        }
        return "projects/execution/task";
    }

    @PostMapping("/execution/tasks/{id}/reports/{reportId}")
    String submitReport(
            @PathVariable UUID id,
            @PathVariable UUID reportId,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "") String percent,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                page(id),
                "execution.report.submitted",
                () -> executions.submitReport(actor, id, reportId, content, Web.integer(percent, -1)));
    }

    @PostMapping("/execution/tasks/{id}/tranches/{trancheId}/request")
    String requestTranche(
            @PathVariable UUID id,
            @PathVariable UUID trancheId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect, page(id), "payment.requested", () -> executions.requestTranche(actor, id, trancheId, note));
    }

    @PostMapping("/execution/tasks/{id}/acceptance")
    String submitAcceptance(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String finalReport,
            @RequestParam(defaultValue = "") String summaryReport,
            @RequestParam(defaultValue = "") String financialReport,
            @RequestParam(defaultValue = "") String selfAssessment,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                page(id),
                "acceptance.submitted",
                () -> executions.submitAcceptance(
                        actor, id, finalReport, summaryReport, financialReport, selfAssessment, Web.uploads(evidence)));
    }

    @PostMapping("/execution/tasks/{id}/result")
    String submitResult(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String authors,
            @RequestParam(defaultValue = "") String keywords,
            @RequestParam(defaultValue = "") String applicationScope,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                page(id),
                "result.submitted",
                () -> resultRegistration.submitResult(
                        actor,
                        id,
                        new ResultRegistration.ResultInput(title, summary, authors, keywords, applicationScope),
                        Web.uploads(attachments)));
    }

    @GetMapping("/execution/tasks/{id}/contract.pdf")
    ResponseEntity<byte[]> contractPdf(@PathVariable UUID id, Locale locale) {
        TaskDetail task = executions.task(Web.actor(accounts), id);
        return file(documents.contractPdf(task, locale), "hop-dong-" + task.code() + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/execution/tasks/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, Locale locale) {
        TaskDetail task = executions.task(Web.actor(accounts), id);
        return file(
                documents.minutesPdf(task, councils.view(Web.actor(accounts), id), locale),
                "bien-ban-nghiem-thu-" + task.code() + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @GetMapping("/execution/tasks/{id}/files/{fileId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID fileId) {
        TaskFiles.Download download = taskFiles.document(Web.actor(accounts), id, fileId);
        return file(download.bytes(), download.filename(), MediaType.APPLICATION_OCTET_STREAM);
    }

    public static ResponseEntity<byte[]> file(byte[] bytes, String filename, MediaType type) {
        return Downloads.attachment(bytes, type, filename);
    }

    public static String page(UUID id) {
        return "/execution/tasks/" + id;
    }
}
