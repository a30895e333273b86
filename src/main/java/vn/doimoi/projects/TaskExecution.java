package vn.doimoi.projects;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.execution.TaskExecutions;

/** Part 2's public face for other modules: the public register of results and their use. */
@Service
@Transactional(readOnly = true)
public class TaskExecution {

    private final TaskExecutions executions;

    TaskExecution(TaskExecutions executions) {
        this.executions = executions;
    }

    /** Registered results, the latest first, with how many uses STAFF confirmed. */
    public List<RegisteredResult> registeredResults() {
        return executions.registeredResults().stream()
                .map(r -> new RegisteredResult(
                        r.id(),
                        r.taskId(),
                        r.title(),
                        r.summary(),
                        r.hostOrgId(),
                        r.certificateNumber(),
                        r.registeredOn(),
                        r.uses().size()))
                .toList();
    }
}
