package vn.doimoi.projects.councils.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.execution.web.ExecutionController;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.web.FormValues;

/** STAFF forms the acceptance council, records each member's sheet, and concludes from the sheets. */
@Controller
class AcceptanceCouncilController {

    private final AcceptanceCouncils councils;
    private final TaskExecutions executions;
    private final Accounts accounts;

    AcceptanceCouncilController(AcceptanceCouncils councils, TaskExecutions executions, Accounts accounts) {
        this.councils = councils;
        this.executions = executions;
        this.accounts = accounts;
    }

    /** Seats come as {@code role-<personId>=CHAIR|REVIEWER|…}; an empty role leaves the expert out. */
    @PostMapping("/staff/execution/tasks/{id}/council")
    String form(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("role-") && value != null && !value.isBlank()) {
                seats.put(
                        FormValues.id(name, name.substring(5)),
                        FormValues.choice(CouncilRole.class, name, value, CouncilRole.MEMBER));
            }
        });
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "acceptance.council.formed",
                () -> councils.form(actor, id, params.getOrDefault("decisionNumber", ""), seats));
    }

    @PostMapping("/staff/execution/tasks/{id}/council/sheets/{personId}")
    String sheet(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "acceptance.council.sheetRecorded",
                () -> councils.recordSheet(
                        actor,
                        id,
                        personId,
                        Web.productGrades(executions.task(actor, id).products(), params, ""),
                        Web.grade(params.get("reportGrade")),
                        params.getOrDefault("comment", "")));
    }

    @PostMapping("/staff/execution/tasks/{id}/council/conclude")
    String conclude(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        CurrentUser actor = Web.actor(accounts);
        return Web.act(
                redirect,
                ExecutionController.page(id),
                "acceptance.concluded",
                () -> councils.conclude(actor, id, note));
    }
}
