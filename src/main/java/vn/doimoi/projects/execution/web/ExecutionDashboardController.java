package vn.doimoi.projects.execution.web;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doimoi.projects.execution.Deadlines;
import vn.doimoi.projects.execution.ExecutionDashboard;
import vn.doimoi.projects.execution.ExecutionViews.Dashboard;
import vn.doimoi.projects.execution.PaymentsWorkbook;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.Downloads;

/** The Department's dashboard of tasks in execution and the year's payments for the treasury. */
@Controller
class ExecutionDashboardController {

    private final ExecutionDashboard dashboards;
    private final PaymentsWorkbook workbook;
    private final TaskSteps steps;
    private final Clock clock;
    private final MessageSource messages;

    ExecutionDashboardController(
            ExecutionDashboard dashboards,
            PaymentsWorkbook workbook,
            TaskSteps steps,
            Clock clock,
            MessageSource messages) {
        this.dashboards = dashboards;
        this.workbook = workbook;
        this.steps = steps;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/staff/execution")
    String dashboard(Model model, Locale locale) {
        Dashboard dashboard = dashboards.dashboard(steps.actor());
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
    ResponseEntity<byte[]> payments(@RequestParam(required = false) @Nullable Integer year, Locale locale) {
        int chosen = year == null ? Deadlines.today(clock.instant()).getYear() : year;
        if (chosen < 2000 || chosen > Year.MAX_VALUE) {
            throw DomainException.invalid("execution.error.number", chosen);
        }
        byte[] bytes = workbook.xlsx(dashboards.payments(steps.actor(), chosen), chosen, locale);
        return Downloads.xlsx(bytes, "cap-kinh-phi-" + chosen + ".xlsx");
    }
}
