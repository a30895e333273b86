package vn.doimoi.projects.execution.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.support.web.Web;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * The one shape of a step on a task's page (ADR 0038): the signed-in user takes it, then the
 * browser goes back to the task's page with the notice, or with the refusal as an error.
 */
@Component
class TaskSteps {

    private final Accounts accounts;

    TaskSteps(Accounts accounts) {
        this.accounts = accounts;
    }

    CurrentUser actor() {
        return Web.actor(accounts);
    }

    /** Takes {@code step} as the signed-in user and returns to the task's page. */
    String act(UUID taskId, RedirectAttributes redirect, String notice, Consumer<CurrentUser> step) {
        return act(ExecutionController.page(taskId), redirect, notice, step);
    }

    /** Takes {@code step} as the signed-in user and goes to {@code target}. */
    String act(String target, RedirectAttributes redirect, String notice, Consumer<CurrentUser> step) {
        CurrentUser actor = actor();
        return PostRedirectGet.act(redirect, target, notice, () -> step.accept(actor));
    }

    /** A date the step cannot do without: its absence is refused on the page, naming the field. */
    static LocalDate required(@Nullable LocalDate date, String field) {
        if (date == null) {
            throw DomainException.refused("execution.error.dateRequired", field);
        }
        return date;
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
