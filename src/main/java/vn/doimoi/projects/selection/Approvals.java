package vn.doimoi.projects.selection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Notifications;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.tasks.Task;
import vn.doimoi.projects.tasks.TaskRepository;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Stage 8: the appraisal group adjusts a selected task's budget lines, then STAFF records the
 * approval decision, which publishes {@link TaskApproved} in the same transaction.
 */
@Service
@Transactional
public class Approvals {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final TaskRepository tasks;
    private final CallAccess access;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    Approvals(
            TaskRepository tasks,
            CallAccess access,
            Notifications notifications,
            MessageSource messages,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The appraisal group's figures for every budget line; the approved budget is their sum. */
    public void appraiseLines(UUID taskId, long version, List<LineAdjustment> lines, @Nullable String note) {
        Task task = staffLoad(taskId, version);
        Map<String, Object> before = task.auditState();
        task.appraiseLines(lines, note);
        tasks.saveAndFlush(task);
        Map<String, Object> after = new java.util.LinkedHashMap<>(task.auditState());
        after.put(
                "lines",
                task.budgetLines().stream()
                        .map(l -> l.item() + ": " + l.approvedState().toPlainString() + " + "
                                + l.approvedOther().toPlainString()
                                + (l.reason() == null ? "" : " (" + l.reason() + ")"))
                        .toList());
        audit.record("task.appraised", "projects.task", taskId.toString(), before, after);
    }

    /** For a task whose dossier had no budget lines: the approved state budget as a total. */
    public void appraise(UUID taskId, long version, BigDecimal approvedStateBudget, @Nullable String note) {
        Task task = staffLoad(taskId, version);
        Map<String, Object> before = task.auditState();
        task.appraise(approvedStateBudget, note);
        tasks.saveAndFlush(task);
        audit.record("task.appraised", "projects.task", taskId.toString(), before, task.auditState());
    }

    /** Records the approval decision and publishes {@link TaskApproved} in the same transaction. */
    public void approve(UUID taskId, long version, String number, LocalDate date, String signer) {
        Task task = staffLoad(taskId, version);
        Map<String, Object> before = task.auditState();
        TaskApproved approved = task.approve(number, date, signer, clock.instant());
        tasks.saveAndFlush(task);
        audit.record("task.approved", "projects.task", taskId.toString(), before, task.auditState());
        events.publishEvent(approved);
        notifications.sendToOrganisation(
                task.hostOrganisationId(),
                messages.getMessage("approval.notify.subject", new Object[] {task.code()}, VI),
                messages.getMessage("approval.notify.body", new Object[] {task.title(), number}, VI),
                "/tasks/" + taskId);
    }

    private Task staffLoad(UUID taskId, long version) {
        access.requireStaff();
        Task task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("projects", "?"));
        access.requireVersion(task.version(), version);
        return task;
    }
}
