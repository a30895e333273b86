package vn.doimoi.projects.execution;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Audience;
import vn.doimoi.identity.Deadline;
import vn.doimoi.identity.Notice;
import vn.doimoi.identity.ReminderMoment;
import vn.doimoi.identity.Reminders;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * Reminds whoever holds a tranche's next step of its planned day: the host to ask for it, then
 * the Department's staff to approve it and to record the payment. Each step is its own deadline,
 * so a request approved late still reminds the next person once.
 */
@Component
class TrancheReminders {

    static final String KIND = "tranche";

    /** The stages in which tranches are still being paid. */
    private static final Set<Stage> PAYING = EnumSet.of(Stage.IN_PROGRESS, Stage.UNDER_ACCEPTANCE, Stage.ACCEPTED);

    private final TrancheRepository tranches;
    private final ExecutionTaskRepository tasks;
    private final Reminders reminders;
    private final TaskAccess access;

    TrancheReminders(
            TrancheRepository tranches, ExecutionTaskRepository tasks, Reminders reminders, TaskAccess access) {
        this.tranches = tranches;
        this.tasks = tasks;
        this.reminders = reminders;
        this.access = access;
    }

    /** Sends today's tranche reminders; returns how many went out. */
    int send(LocalDate today) {
        int sent = 0;
        for (Tranche tranche : tranches.findAllByOrderByPlannedOn()) {
            if (tranche.state() == TrancheState.PAID) {
                continue;
            }
            ExecutionTask task = tasks.findById(tranche.taskId()).orElse(null);
            if (task != null && PAYING.contains(task.stage()) && remind(task, tranche, today)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(ExecutionTask task, Tranche tranche, LocalDate today) {
        Audience audience = tranche.state() == TrancheState.PLANNED
                ? Audience.organisation(task.hostOrgId())
                : Audience.role(Role.STAFF);
        String step = "execution.reminder.tranche." + tranche.state().name();
        return reminders.remind(
                new Deadline(KIND, tranche.id() + "/" + tranche.state().name(), tranche.plannedOn()),
                today,
                audience,
                moment -> {
                    String key = step + (moment == ReminderMoment.BEFORE ? ".before" : ".overdue");
                    Object[] args = {
                        task.title(), Integer.toString(tranche.number()), VietnameseFormats.date(tranche.plannedOn())
                    };
                    return new Notice(
                            access.t(key + ".subject", task.code(), Integer.toString(tranche.number())),
                            access.t(key + ".body", args),
                            TaskAccess.link(task.id()));
                });
    }
}
