package vn.doimoi.projects;

import java.util.Optional;
import java.util.UUID;

/**
 * Loads the execution of an approved task as it happened (an earlier register's tasks, the demo)
 * through the services the execution pages use, so each step is checked, journaled and audited
 * as on screen.
 */
public interface TaskJourneyImport {

    /** The task in execution whose title starts with {@code titleStart}, once its approval has arrived. */
    Optional<UUID> taskTitled(String titleStart);

    /** Whether the task already has a contract: a journey is replayed once. */
    boolean started(UUID taskId);

    /** Replays {@code journey} on the task, from its contract to a registered result in use. */
    void replay(UUID taskId, ImportedTaskJourney journey);

    /** Replays {@code journey} on the task, from its contract to a failed acceptance closed by its assessment. */
    void replayFailure(UUID taskId, ImportedFailedJourney journey);
}
