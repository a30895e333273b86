package vn.doimoi.projects;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.results.ResultViews;

/** Part 2's public face for other modules: the public register of results and their use. */
@Service
@Transactional(readOnly = true)
public class TaskExecution {

    private final ResultViews resultViews;

    TaskExecution(ResultViews resultViews) {
        this.resultViews = resultViews;
    }

    /** Registered results, the latest first, with how many uses STAFF confirmed. */
    public List<RegisteredResult> registeredResults() {
        return resultViews.registeredResults().stream()
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
