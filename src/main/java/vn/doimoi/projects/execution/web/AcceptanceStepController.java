package vn.doimoi.projects.execution.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.projects.execution.AcceptanceSteps;
import vn.doimoi.projects.execution.MemberContributions;
import vn.doimoi.projects.execution.TaskDetails;
import vn.doimoi.projects.support.web.Web;

/** Acceptance on a task's page: the host submits its dossier; STAFF records the grades when no council sits. */
@Controller
class AcceptanceStepController {

    private final AcceptanceSteps acceptance;
    private final TaskDetails details;
    private final TaskSteps steps;

    AcceptanceStepController(AcceptanceSteps acceptance, TaskDetails details, TaskSteps steps) {
        this.acceptance = acceptance;
        this.details = details;
        this.steps = steps;
    }

    /** The host's acceptance dossier (its evidence files come as {@code evidence}). */
    record DossierForm(
            @Nullable String finalReport,
            @Nullable String summaryReport,
            @Nullable String financialReport,
            @Nullable String selfAssessment,
            /* one member a line, "Nguyễn Văn A: 40" (Decree 267/2025 art. 17) */
            @Nullable String contributions) {}

    /**
     * The grades STAFF records: each product's three grades keyed {@code <criterion>-<productId>}
     * (sent as {@code grades[quantity-<id>]}), the report's grade and the council's note.
     */
    record ConclusionForm(
            @Nullable Map<String, String> grades,
            @Nullable String reportGrade,
            @Nullable String note) {}

    @PostMapping("/execution/tasks/{id}/acceptance")
    String submit(
            @PathVariable UUID id,
            @ModelAttribute DossierForm form,
            @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
            @RequestParam(name = "contributionsFile", required = false) @Nullable MultipartFile contributionsFile,
            RedirectAttributes redirect) {
        return steps.act(
                id,
                redirect,
                "acceptance.submitted",
                actor -> acceptance.submitAcceptance(
                        actor,
                        id,
                        TaskSteps.text(form.finalReport()),
                        TaskSteps.text(form.summaryReport()),
                        TaskSteps.text(form.financialReport()),
                        TaskSteps.text(form.selfAssessment()),
                        Web.uploads(evidence),
                        MemberContributions.of(
                                Web.uploads(contributionsFile == null ? null : List.of(contributionsFile)).stream()
                                        .findFirst()
                                        .orElse(null),
                                form.contributions())));
    }

    @PostMapping("/staff/execution/tasks/{id}/acceptance")
    String conclude(@PathVariable UUID id, @ModelAttribute ConclusionForm form, RedirectAttributes redirect) {
        Map<String, String> grades = form.grades() == null ? Map.of() : form.grades();
        return steps.act(
                id,
                redirect,
                "acceptance.concluded",
                actor -> acceptance.concludeAcceptance(
                        actor,
                        id,
                        Web.productGrades(details.task(actor, id).products(), grades, ""),
                        Web.grade(form.reportGrade()),
                        form.note()));
    }
}
