package vn.doimoi.programs.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.programs.AssignmentView;
import vn.doimoi.programs.IndicatorSource;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.ProgressStatus;
import vn.doimoi.programs.ReportState;
import vn.doimoi.programs.ReportView;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * Agencies report on the assignments they lead; STAFF reads the same pages (and reviews from
 * them). Ownership is checked by {@link ProgrammeMonitoring}: another agency's records are "not found".
 */
@Controller
class AgencyReportController {

    private final ProgrammeMonitoring monitoring;
    private final Accounts accounts;

    AgencyReportController(ProgrammeMonitoring monitoring, Accounts accounts) {
        this.monitoring = monitoring;
        this.accounts = accounts;
    }

    @GetMapping("/programs/reports")
    String mine(Model model) {
        CurrentUser actor = actor();
        model.addAttribute("assignments", monitoring.assignmentsFor(actor));
        model.addAttribute("reminders", monitoring.reminders(actor));
        model.addAttribute("linked", actor.organisationId() != null || isStaff(actor));
        return "programs/my";
    }

    @GetMapping("/programs/reports/assignments/{id}")
    String assignment(@PathVariable UUID id, Model model) {
        CurrentUser actor = actor();
        AssignmentView assignment = monitoring.assignment(actor, id);
        model.addAttribute("assignment", assignment);
        model.addAttribute("programme", monitoring.programme(assignment.programmeId()));
        model.addAttribute("reports", monitoring.reportsOf(actor, id));
        model.addAttribute("openPeriods", monitoring.openPeriods(actor, id));
        model.addAttribute("canReport", actor.actsFor(assignment.leadAgency().id()));
        return "programs/assignment";
    }

    @GetMapping("/programs/reports/assignments/{id}/new")
    String newReport(@PathVariable UUID id, @RequestParam(required = false) String period, Model model) {
        CurrentUser actor = actor();
        AssignmentView assignment = monitoring.assignment(actor, id);
        String chosen = period != null
                ? period
                : monitoring.openPeriods(actor, id).stream()
                        .findFirst()
                        .map(p -> p.code())
                        .orElse("");
        return form(
                model,
                actor,
                assignment,
                null,
                new ReportForm(chosen, ProgressStatus.IN_PROGRESS, "", Map.of(), 0L),
                FormErrors.none());
    }

    @PostMapping("/programs/reports/assignments/{id}/new")
    String submit(
            @PathVariable UUID id,
            @ModelAttribute ReportForm form,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser actor = actor();
        AssignmentView assignment = monitoring.assignment(actor, id);
        return FormSubmission.on(e -> fieldOf(e))
                .run(
                        () -> {
                            UUID report = monitoring.submit(
                                    actor, id, form.period(), input(form, assignment), uploads(evidence));
                            return PostRedirectGet.done(
                                    redirect, "/programs/reports/" + report, "programs.report.submitted");
                        },
                        errors -> form(model, actor, assignment, null, form, errors));
    }

    @GetMapping("/programs/reports/{id}")
    String report(@PathVariable UUID id, Model model) {
        CurrentUser actor = actor();
        ReportView report = monitoring.report(actor, id);
        model.addAttribute("report", report);
        model.addAttribute("staff", isStaff(actor));
        model.addAttribute(
                "canEdit",
                report.state() == ReportState.CHANGES_REQUESTED
                        && actor.actsFor(report.agency().id()));
        return "programs/report";
    }

    @GetMapping("/programs/reports/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        CurrentUser actor = actor();
        ReportView report = monitoring.report(actor, id);
        AssignmentView assignment = monitoring.assignment(actor, report.assignmentId());
        Map<String, String> figures = new HashMap<>();
        for (ReportView.Value value : report.values()) {
            if (value.source() == IndicatorSource.RATIO) {
                figures.put("numerator-" + value.indicatorId(), plain(value.numerator()));
                figures.put("denominator-" + value.indicatorId(), plain(value.denominator()));
            } else {
                figures.put("value-" + value.indicatorId(), plain(value.value()));
            }
        }
        return form(
                model,
                actor,
                assignment,
                report,
                new ReportForm(
                        report.period().code(), report.progress(), report.narrative(), figures, report.version()),
                FormErrors.none());
    }

    @PostMapping("/programs/reports/{id}/edit")
    String resubmit(
            @PathVariable UUID id,
            @ModelAttribute ReportForm form,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser actor = actor();
        ReportView report = monitoring.report(actor, id);
        AssignmentView assignment = monitoring.assignment(actor, report.assignmentId());
        return FormSubmission.on(e -> fieldOf(e))
                .run(
                        () -> {
                            monitoring.resubmit(actor, id, form.version(), input(form, assignment), uploads(evidence));
                            return PostRedirectGet.done(
                                    redirect, "/programs/reports/" + id, "programs.report.resubmitted");
                        },
                        errors -> form(model, actor, assignment, report, form, errors));
    }

    @GetMapping("/programs/reports/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID fileId) {
        ProgrammeMonitoring.Download file = monitoring.evidence(actor(), id, fileId);
        return Downloads.attachment(file.bytes(), MediaType.parseMediaType(file.contentType()), file.filename());
    }

    private String form(
            Model model,
            CurrentUser actor,
            AssignmentView assignment,
            @Nullable ReportView report,
            ReportForm form,
            FormErrors errors) {
        model.addAttribute("assignment", assignment);
        model.addAttribute("report", report);
        model.addAttribute(
                "periods", report == null ? monitoring.openPeriods(actor, assignment.id()) : List.of(report.period()));
        model.addAttribute("indicators", monitoring.reportableIndicators(assignment));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", List.of(ProgressStatus.values()));
        return "programs/report-form";
    }

    private ProgrammeMonitoring.ReportInput input(ReportForm form, AssignmentView assignment) {
        Map<UUID, ProgrammeMonitoring.EnteredValue> values = new HashMap<>();
        for (IndicatorView indicator : monitoring.reportableIndicators(assignment)) {
            String id = indicator.id().toString();
            values.put(
                    indicator.id(),
                    new ProgrammeMonitoring.EnteredValue(
                            number(form.figure("value-" + id)),
                            number(form.figure("numerator-" + id)),
                            number(form.figure("denominator-" + id))));
        }
        return new ProgrammeMonitoring.ReportInput(form.progress(), form.narrative(), values);
    }

    private static BigDecimal number(String text) {
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("programs.error.notANumber", text);
        }
    }

    private static List<ProgrammeMonitoring.Upload> uploads(List<MultipartFile> files) {
        List<ProgrammeMonitoring.Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                continue;
            }
            try {
                uploads.add(new ProgrammeMonitoring.Upload(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    private static String fieldOf(DomainException e) {
        return switch (e.messageKey()) {
            case "programs.error.narrativeRequired" -> "narrative";
            case "programs.error.progressRequired" -> "progress";
            case "programs.error.periodInvalid",
                    "programs.error.periodNotOfAssignment",
                    "programs.error.periodReported" -> "period";
            case "programs.error.evidenceType", "programs.error.evidenceTooLarge" -> "evidence";
            default -> FormErrors.GLOBAL;
        };
    }

    private static boolean isStaff(CurrentUser actor) {
        return actor.has(vn.doimoi.identity.Role.STAFF) || actor.has(vn.doimoi.identity.Role.ADMIN);
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow(() -> DomainException.signInNeeded("error.401.detail"));
    }
}
