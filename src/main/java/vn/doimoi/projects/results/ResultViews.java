package vn.doimoi.projects.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.acceptance.AcceptanceRepository;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.execution.ExecutionViews.ResultView;
import vn.doimoi.projects.execution.ExecutionViews.UseView;
import vn.doimoi.projects.execution.ProductViews;
import vn.doimoi.projects.support.TaskAccess;

/** Read records of results: the public register (registered results with their confirmed uses) and a task's result. */
@Service
@Transactional
public class ResultViews {

    private final ResultRepository results;
    private final ResultUseRepository uses;
    private final AcceptanceRepository acceptances;
    private final TaskAccess access;

    ResultViews(
            ResultRepository results, ResultUseRepository uses, AcceptanceRepository acceptances, TaskAccess access) {
        this.results = results;
        this.uses = uses;
        this.acceptances = acceptances;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<ResultView> registeredResults() {
        Map<UUID, String> names = access.organisationNames();
        return results.findByStateOrderByRegisteredOnDesc(ResultState.REGISTERED).stream()
                .map(r -> resultView(r, names, true))
                .toList();
    }

    /** A registered result with its confirmed uses, for anyone. */
    @Transactional(readOnly = true)
    public ResultView registeredResultView(UUID resultId) {
        return resultView(registeredResult(resultId), access.organisationNames(), true);
    }

    Result registeredResult(UUID resultId) {
        return results.findById(resultId)
                .filter(r -> r.state() == ResultState.REGISTERED)
                .orElseThrow(TaskAccess::notFound);
    }

    public ResultView resultView(Result r, Map<UUID, String> names, boolean confirmedUsesOnly) {
        ExecutionTask task = access.load(r.taskId());
        Acceptance acceptance = acceptances.findByTaskId(r.taskId()).orElse(null);
        Map<UUID, Acceptance.ProductAssessment> assessed = new HashMap<>();
        if (acceptance != null) {
            acceptance.products().forEach(p -> assessed.put(p.productId(), p));
        }
        List<UseView> useViews = uses.findByResultIdOrderByYearDesc(r.id()).stream()
                .filter(u -> !confirmedUsesOnly || u.state() == UseState.CONFIRMED)
                .map(this::useView)
                .toList();
        return new ResultView(
                r.id(),
                r.taskId(),
                task.code(),
                r.title(),
                r.summary(),
                r.authors(),
                r.keywords(),
                r.applicationScope(),
                r.fieldCodes(),
                r.hostOrgId(),
                names.getOrDefault(r.hostOrgId(), ""),
                r.state(),
                r.certificateNumber(),
                r.registeredOn(),
                acceptance == null ? null : acceptance.classification(),
                ProductViews.of(task, assessed),
                useViews);
    }

    public UseView useView(ResultUse u) {
        return new UseView(
                u.id(),
                u.resultId(),
                u.adopterName(),
                u.adopterOrgId(),
                u.place(),
                u.year(),
                u.scale(),
                u.effect(),
                u.revenue(),
                u.savings(),
                u.state(),
                u.reportedBy());
    }
}
