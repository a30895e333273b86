package vn.doimoi.projects.tasks.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.doimoi.projects.selection.web.StaffController;
import vn.doimoi.projects.tasks.TaskStages;

/**
 * STAFF's task pages (served by the selection's controller) show each task's stage from the same
 * place as the public register: the pages ask {@link TaskStages} for the tasks they list, so the
 * controller that owns the call and council workflow does not have to know about later processes.
 */
@ControllerAdvice(assignableTypes = StaffController.class)
class StaffTaskStages {

    private final TaskStages stages;

    StaffTaskStages(TaskStages stages) {
        this.stages = stages;
    }

    @ModelAttribute("stages")
    TaskStages stages() {
        return stages;
    }
}
