package vn.doimoi.projects.tasks.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.Views.TaskView;
import vn.doimoi.projects.tasks.TaskStage;
import vn.doimoi.projects.tasks.TaskStages;

/** The public register: the approved tasks with the stage {@link TaskStages} gives each. */
@Component
class TaskRegister {

    private final Selection selection;
    private final TaskStages stages;

    TaskRegister(Selection selection, TaskStages stages) {
        this.selection = selection;
        this.stages = stages;
    }

    /** The approved tasks, the latest first; only those at {@code stage} if one is given. */
    List<RegisterEntry> entries(@Nullable TaskStage stage) {
        List<TaskView> approved = selection.approvedTasks();
        Map<UUID, TaskStage> stageOf =
                stages.of(approved.stream().map(TaskView::id).toList());
        return approved.stream()
                .map(task -> new RegisterEntry(task, stageOf.getOrDefault(task.id(), TaskStage.AWAITING_CONTRACT)))
                .filter(entry -> stage == null || entry.stage() == stage)
                .toList();
    }

    /** One task (public once approved, as {@link Selection#task} decides) with its stage. */
    RegisterEntry entry(UUID id) {
        TaskView task = selection.task(id);
        return new RegisterEntry(task, stages.of(id));
    }
}
