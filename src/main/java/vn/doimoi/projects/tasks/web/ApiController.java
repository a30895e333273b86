package vn.doimoi.projects.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.Views.CallView;
import vn.doimoi.projects.tasks.TaskStage;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PagedResponses;

/** Open data: the open calls and the register of approved tasks, as JSON. */
@RestController
class ApiController {

    private final Selection selection;
    private final TaskRegister register;

    ApiController(Selection selection, TaskRegister register) {
        this.selection = selection;
        this.register = register;
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
    @Operation(
            summary = "The register of approved tasks, the latest first, each with its stage",
            description = "`stage` follows the task through contract, execution, acceptance, result"
                    + " registration and liquidation; filter with `?stage=IN_EXECUTION` and the like.")
    ResponseEntity<List<RegisterEntry>> tasks(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "Only tasks at this stage") @RequestParam(required = false) @Nullable
                    TaskStage stage,
            HttpServletRequest request) {
        return PagedResponses.array(PageOf.slice(register.entries(stage), new Paging(page, size)), request);
    }

    @GetMapping("/api/v1/tasks/{id}")
    @Operation(summary = "One approved task with its stage")
    RegisterEntry task(@PathVariable UUID id) {
        return register.entry(id);
    }
}
