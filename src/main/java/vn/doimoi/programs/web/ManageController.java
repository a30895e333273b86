package vn.doimoi.programs.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.programs.ProgrammeView;
import vn.doimoi.programs.Recurrence;
import vn.doimoi.programs.ReportDeadline;
import vn.doimoi.programs.ReportPeriod;
import vn.doimoi.programs.SummaryReport;
import vn.doimoi.programs.export.SummaryDocuments;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PageSize;
import vn.doimoi.shared.web.PostRedirectGet;

/** STAFF follows a programme: dashboard, assignments, review of reports, indicators, the summary. */
@Controller
class ManageController {

    private final ProgrammeMonitoring monitoring;
    private final SummaryDocuments documents;
    private final Clock clock;

    ManageController(ProgrammeMonitoring monitoring, SummaryDocuments documents, Clock clock) {
        this.monitoring = monitoring;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/programs/manage")
    String list(@PageSize(ProgrammeController.PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("programmes", PageOf.slice(monitoring.programmes(), paging));
        model.addAttribute("manage", true);
        return "programs/list";
    }

    @GetMapping("/programs/manage/{id}")
    String dashboard(@PathVariable UUID id, Model model) {
        ProgrammeView programme = monitoring.programme(id);
        model.addAttribute("dashboard", monitoring.dashboard(id, false));
        model.addAttribute("periods", summaryPeriods(programme));
        model.addAttribute("defaultPeriod", Integer.toString(today().getYear()));
        return "programs/dashboard";
    }

    @GetMapping("/programs/manage/{id}/assignments/new")
    String newAssignment(@PathVariable UUID id, @RequestParam(required = false) UUID group, Model model) {
        return form(model, monitoring.programme(id), AssignmentForm.empty(group, today()), FormErrors.none());
    }

    @PostMapping("/programs/manage/{id}/assignments/new")
    String assign(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AssignmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ProgrammeView programme = monitoring.programme(id);
        return FormSubmission.of(binding, e -> fieldOf(e))
                .run(
                        () -> {
                            if (programme.taskGroups().stream().noneMatch(g -> g.id().equals(form.taskGroupId()))) {
                                throw DomainException.invalid("programs.error.taskGroupUnknown");
                            }
                            UUID assignment = monitoring.assign(form.data());
                            return PostRedirectGet.done(
                                    redirect,
                                    "/programs/reports/assignments/" + assignment,
                                    "programs.assignment.created");
                        },
                        errors -> form(model, programme, form, errors));
    }

    @PostMapping("/programs/manage/reports/{id}/accept")
    String accept(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        monitoring.accept(id, version, note);
        return PostRedirectGet.done(redirect, "/programs/reports/" + id, "programs.report.accepted");
    }

    @PostMapping("/programs/manage/reports/{id}/changes")
    String requestChanges(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        monitoring.requestChanges(id, version, note);
        return PostRedirectGet.done(redirect, "/programs/reports/" + id, "programs.report.changesRequested");
    }

    @PostMapping("/programs/manage/indicators/{id}/published")
    String publish(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean published,
            @RequestParam(required = false) UUID programme,
            RedirectAttributes redirect) {
        monitoring.publishIndicator(id, published);
        return PostRedirectGet.done(
                redirect,
                "/programs/manage" + (programme == null ? "" : "/" + programme) + "#indicators",
                "programs.indicator.saved");
    }

    @PostMapping("/programs/manage/indicators/{id}/targets")
    String target(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int year,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) UUID programme,
            RedirectAttributes redirect) {
        BigDecimal value;
        try {
            value = Numbers.parse(target);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("programs.error.notANumber", target);
        }
        monitoring.setTarget(id, year, value);
        return PostRedirectGet.done(
                redirect,
                "/programs/manage" + (programme == null ? "" : "/" + programme) + "#indicators",
                "programs.indicator.saved");
    }

    @GetMapping("/programs/manage/{id}/summary.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID id, @RequestParam(required = false) String period, java.util.Locale locale) {
        SummaryReport summary = summary(id, period);
        return Downloads.attachment(
                documents.pdf(summary, locale), MediaType.APPLICATION_PDF, filename(summary, "pdf"));
    }

    @GetMapping("/programs/manage/{id}/summary.xlsx")
    ResponseEntity<byte[]> excel(
            @PathVariable UUID id, @RequestParam(required = false) String period, java.util.Locale locale) {
        SummaryReport summary = summary(id, period);
        return Downloads.xlsx(documents.excel(summary, locale), filename(summary, "xlsx"));
    }

    private SummaryReport summary(UUID id, String period) {
        ReportPeriod chosen = period == null || period.isBlank()
                ? Recurrence.ANNUAL.periodContaining(today())
                : ReportPeriod.parse(period);
        return monitoring.summary(id, chosen);
    }

    private static String filename(SummaryReport summary, String extension) {
        return "bao-cao-" + summary.programme().number().replaceAll("[^A-Za-z0-9]+", "-") + "-"
                + summary.period().code() + "." + extension;
    }

    /** Every year, half-year and quarter of the programme up to today, latest first. */
    private List<ReportPeriod> summaryPeriods(ProgrammeView programme) {
        List<ReportPeriod> periods = new ArrayList<>();
        LocalDate today = today();
        for (int year = Math.min(today.getYear(), programme.periodTo()); year >= programme.periodFrom(); year--) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            periods.add(Recurrence.ANNUAL.periodContaining(first));
            List<ReportPeriod> parts = new ArrayList<>(Recurrence.HALF_YEARLY.periodsBetween(first, last));
            parts.addAll(Recurrence.QUARTERLY.periodsBetween(first, last));
            parts.stream().filter(p -> !p.start().isAfter(today)).forEach(periods::add);
        }
        return periods;
    }

    private String form(Model model, ProgrammeView programme, AssignmentForm form, FormErrors errors) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", monitoring.agencies());
        model.addAttribute("recurrences", List.of(Recurrence.values()));
        return "programs/assignment-form";
    }

    private static String fieldOf(DomainException e) {
        return switch (e.messageKey()) {
            case "programs.error.titleRequired" -> "title";
            case "programs.error.agencyUnknown", "programs.error.notAnAgency" -> "leadAgencyId";
            case "programs.error.deadlineBeforeStart" -> "deadline";
            case "programs.error.taskGroupUnknown" -> "taskGroupId";
            default -> FormErrors.GLOBAL;
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportDeadline.VIETNAM));
    }
}
