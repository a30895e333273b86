package vn.doimoi.projects.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.Views.CallView;
import vn.doimoi.projects.selection.Views.TaskView;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PagedResponses;

/** Open data: the open calls and the register of approved tasks, as JSON. */
@RestController
class ApiController {

    private final Selection selection;

    ApiController(Selection selection) {
        this.selection = selection;
    }

    @GetMapping("/api/v1/calls")
    ResponseEntity<List<CallView>> calls(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        return PagedResponses.array(PageOf.slice(selection.publicCalls(), new Paging(page, size)), request);
    }

    @GetMapping("/api/v1/calls/{id}")
    CallView call(@PathVariable UUID id) {
        return selection.call(id);
    }

    @GetMapping("/api/v1/tasks")
    ResponseEntity<List<TaskView>> tasks(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        return PagedResponses.array(PageOf.slice(selection.approvedTasks(), new Paging(page, size)), request);
    }

    @GetMapping("/api/v1/tasks/{id}")
    TaskView task(@PathVariable UUID id) {
        return selection.task(id);
    }
}
