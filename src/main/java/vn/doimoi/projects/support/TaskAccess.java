package vn.doimoi.projects.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.execution.Deadlines;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.execution.ExecutionTaskRepository;
import vn.doimoi.projects.execution.TaskEvent;
import vn.doimoi.projects.execution.TaskEventRepository;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.MessageText;

/**
 * What every stage's service of part 2 needs: who may see or act on a task (STAFF every task, a
 * host member its own, anyone else gets "not found"), the task's journal written together with
 * the audit record in the caller's transaction, today in Vietnam, and Vietnamese texts.
 */
@Component
public class TaskAccess {

    static final String ENTITY = "projects.execution_task";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ExecutionTaskRepository tasks;
    private final TaskEventRepository events;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final Directory directory;

    TaskAccess(
            ExecutionTaskRepository tasks,
            TaskEventRepository events,
            AuditLog audit,
            MessageSource messages,
            Clock clock,
            Directory directory) {
        this.directory = directory;
        this.tasks = tasks;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public ExecutionTask load(UUID taskId) {
        return tasks.findById(taskId).orElseThrow(TaskAccess::notFound);
    }

    public ExecutionTask visible(CurrentUser actor, UUID taskId) {
        ExecutionTask task = load(taskId);
        if (isStaff(actor) || actor.actsFor(task.hostOrgId())) {
            return task;
        }
        throw notFound();
    }

    /** Only a member of the host organisation acts for the host. */
    public ExecutionTask host(CurrentUser actor, UUID taskId) {
        ExecutionTask task = load(taskId);
        if (!actor.actsFor(task.hostOrgId())) {
            if (isStaff(actor)) {
                throw DomainException.forbidden("execution.error.hostOnly");
            }
            throw notFound();
        }
        return task;
    }

    /** STAFF (or ADMIN) only; the task must exist. */
    public ExecutionTask staff(CurrentUser actor, UUID taskId) {
        requireStaff(actor);
        return load(taskId);
    }

    public static void requireStaff(CurrentUser actor) {
        if (!isStaff(actor)) {
            throw DomainException.forbidden("error.403.detail");
        }
    }

    public static boolean isStaff(CurrentUser actor) {
        return actor.has(Role.STAFF) || actor.has(Role.ADMIN);
    }

    public void journal(
            UUID taskId,
            String actor,
            String action,
            @Nullable String detail,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        events.save(new TaskEvent(taskId, clock.instant(), actor, action, detail == null ? "" : detail));
        audit.record(action, ENTITY, taskId.toString(), before, after);
    }

    public LocalDate today() {
        return Deadlines.today(clock.instant());
    }

    public Clock clock() {
        return clock;
    }

    public String t(String key, Object... args) {
        return MessageText.of(messages, VI, key, args);
    }

    public static String link(UUID taskId) {
        return "/execution/tasks/" + taskId;
    }

    public static DomainException notFound() {
        return DomainException.notFound("execution.error.notFound");
    }

    /** Every organisation's name by id, for the lists and pages of tasks and results. */
    public Map<UUID, String> organisationNames() {
        return directory.organisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
    }
}
