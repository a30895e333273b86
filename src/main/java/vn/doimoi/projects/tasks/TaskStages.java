package vn.doimoi.projects.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.execution.Stage;

/**
 * The one answer to "what stage is this task at" (ADR 0047): one query over what every process
 * recorded (selection's task, execution's task and progress reports, the result, the liquidation),
 * so the register can never lag behind a process that forgot to tell it.
 */
@Service
@Transactional(readOnly = true)
public class TaskStages {

    private static final String FACTS = """
            SELECT t.id, t.state, e.stage,
                   EXISTS (SELECT 1 FROM projects.report_progress p
                           WHERE p.task_id = t.id AND p.state <> 'DUE') AS reported,
                   EXISTS (SELECT 1 FROM projects.result r
                           WHERE r.task_id = t.id AND r.state = 'REGISTERED') AS registered,
                   EXISTS (SELECT 1 FROM projects.liquidation l WHERE l.task_id = t.id) AS liquidated,
                   (SELECT k.outcome FROM projects.risk_assessment k WHERE k.task_id = t.id) AS risk
            FROM projects.task t LEFT JOIN projects.execution_task e ON e.id = t.id
            WHERE t.id IN (:ids)
            """;

    private final JdbcClient jdbc;

    TaskStages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stage of each of these tasks; a task that does not exist is left out. */
    public Map<UUID, TaskStage> of(Collection<UUID> taskIds) {
        Map<UUID, TaskStage> stages = new HashMap<>();
        if (taskIds.isEmpty()) {
            return stages;
        }
        jdbc.sql(FACTS)
                .param("ids", List.copyOf(taskIds))
                .query((row, n) -> {
                    String execution = row.getString("stage");
                    StageFacts facts = new StageFacts(
                            TaskState.valueOf(row.getString("state")),
                            execution == null ? null : Stage.valueOf(execution),
                            row.getBoolean("reported"),
                            row.getBoolean("registered"),
                            row.getBoolean("liquidated"),
                            row.getString("risk"));
                    stages.put(row.getObject("id", UUID.class), facts.stage());
                    return facts;
                })
                .list();
        return stages;
    }

    /** The stage of one task, AWAITING_CONTRACT… for an approved one; SELECTED if it is unknown. */
    public TaskStage of(UUID taskId) {
        return of(List.of(taskId)).getOrDefault(taskId, TaskStage.SELECTED);
    }
}
