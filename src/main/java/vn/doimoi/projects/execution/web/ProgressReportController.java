package vn.doimoi.projects.execution.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.projects.execution.ProgressReports;

/** The periodic progress reports: the host submits one, STAFF accepts it. */
@Controller
class ProgressReportController {

    private final ProgressReports reports;
    private final TaskSteps steps;

    ProgressReportController(ProgressReports reports, TaskSteps steps) {
        this.reports = reports;
        this.steps = steps;
    }

    /** What the host reports and how far the work has come (a percentage; empty is refused by the report). */
    record ReportForm(@Nullable String content, @Nullable Integer percent) {}

    /** STAFF's note on accepting a report. */
    record ReviewForm(@Nullable String note) {}

    @PostMapping("/execution/tasks/{id}/reports/{reportId}")
    String submit(
            @PathVariable UUID id,
            @PathVariable UUID reportId,
            @ModelAttribute ReportForm form,
            RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "execution.report.submitted",
                actor -> reports.submitReport(
                        actor,
                        id,
                        reportId,
                        TaskSteps.text(form.content()),
                        form.percent() == null ? -1 : form.percent()));
    }

    @PostMapping("/staff/execution/tasks/{id}/reports/{reportId}/accept")
    String accept(
            @PathVariable UUID id,
            @PathVariable UUID reportId,
            @ModelAttribute ReviewForm form,
            RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "execution.report.accepted",
                actor -> reports.acceptReport(actor, id, reportId, form.note()));
    }
}
