package vn.doimoi.projects.web;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.projects.call.Selection;
import vn.doimoi.projects.call.Views.CallView;
import vn.doimoi.projects.call.Views.TaskView;

/** Open data: the open calls and the register of approved tasks, as JSON. */
@RestController
class ApiController {

    private final Selection selection;

    ApiController(Selection selection) {
        this.selection = selection;
    }

    @GetMapping("/api/v1/calls")
    List<CallView> calls() {
        return selection.publicCalls();
    }

    @GetMapping("/api/v1/calls/{id}")
    CallView call(@PathVariable UUID id) {
        return selection.call(id);
    }

    @GetMapping("/api/v1/tasks")
    List<TaskView> tasks() {
        return selection.approvedTasks();
    }

    @GetMapping("/api/v1/tasks/{id}")
    TaskView task(@PathVariable UUID id) {
        return selection.task(id);
    }
}
