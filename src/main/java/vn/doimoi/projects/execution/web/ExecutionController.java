package vn.doimoi.projects.execution.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.Adjustments;
import vn.doimoi.projects.execution.Deadlines;
import vn.doimoi.projects.execution.ExecutionRegister;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.Inspections;
import vn.doimoi.projects.execution.Stage;
import vn.doimoi.projects.execution.TaskDetails;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.Downloads;
import vn.doimoi.shared.web.PageSize;

/**
 * The list of tasks in execution and a task's page, read by STAFF and by the host organisation;
 * each stage's steps post to the controller of that stage ({@link ContractController}, {@link
 * ProgressReportController}, {@link TrancheController}, {@link AcceptanceStepController}, {@link
 * ResultAndClosingController}, {@link SupervisionController}). Who may see which task is {@link
 * TaskDetails}'s to say.
 */
@Controller
public class ExecutionController {

    static final int PAGE_SIZE = 50;

    private final ExecutionRegister register;
    private final TaskDetails details;
    private final TaskSteps steps;
    private final Clock clock;
    private final Inspections inspections;
    private final Adjustments adjustments;
    private final AcceptanceCouncils councils;

    ExecutionController(
            ExecutionRegister register,
            TaskDetails details,
            TaskSteps steps,
            Clock clock,
            Inspections inspections,
            Adjustments adjustments,
            AcceptanceCouncils councils) {
        this.register = register;
        this.details = details;
        this.steps = steps;
        this.clock = clock;
        this.inspections = inspections;
        this.adjustments = adjustments;
        this.councils = councils;
    }

    @GetMapping("/execution")
    String list(@PageSize(PAGE_SIZE) Paging paging, Model model) {
        CurrentUser actor = steps.actor();
        model.addAttribute("tasks", PageOf.slice(register.tasksFor(actor), paging));
        return "projects/execution/list";
    }

    @GetMapping("/execution/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        CurrentUser actor = steps.actor();
        TaskDetail task = details.task(actor, id);
        boolean staff = actor.isStaff();
        model.addAttribute("task", task);
        model.addAttribute("staff", staff);
        model.addAttribute("host", actor.actsFor(task.hostOrgId()));
        model.addAttribute("username", actor.username());
        model.addAttribute("inspections", inspections.of(actor, id));
        model.addAttribute("adjustments", adjustments.of(actor, id));
        AcceptanceCouncils.CouncilView council = councils.view(actor, id);
        model.addAttribute("council", council);
        model.addAttribute(
                "candidates",
                staff && council == null && task.stage() == Stage.UNDER_ACCEPTANCE
                        ? councils.candidates(actor, id)
                        : List.of());
        model.addAttribute("today", Deadlines.today(clock.instant()));
        if (!model.containsAttribute("problemKey")) {
            model.addAttribute("problemKey", "");
            model.addAttribute("problemArgs", new Object[0]);
        }
        return "projects/execution/task";
    }

    public static ResponseEntity<byte[]> file(byte[] bytes, String filename, MediaType type) {
        return Downloads.attachment(bytes, type, filename);
    }

    public static String page(UUID id) {
        return "/execution/tasks/" + id;
    }
}
