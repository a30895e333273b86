package vn.doimoi.projects.identification;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.SelectionMethod;

/**
 * What the identification council fixes for one proposal: the task's name, objectives and
 * method (its products are kept beside it), then the counted votes and whether it is recommended.
 */
@Embeddable
class RoundOutcome {

    private UUID proposalId;
    private int position;
    private String taskName;
    private String objectives;

    @Enumerated(EnumType.STRING)
    private SelectionMethod method;

    private @Nullable BigDecimal average;
    private int votesFor;
    private int votesCast;
    private int priority;
    private @Nullable Boolean recommended;

    protected RoundOutcome() {}

    RoundOutcome(UUID proposalId, int position, String taskName, String objectives, SelectionMethod method) {
        this.proposalId = proposalId;
        this.position = position;
        this.taskName = taskName;
        this.objectives = objectives;
        this.method = method;
    }

    void fix(String taskName, String objectives, SelectionMethod method) {
        this.taskName = taskName;
        this.objectives = objectives;
        this.method = method;
    }

    void count(BigDecimal average, int votesFor, int votesCast, int priority, boolean recommended) {
        this.average = average;
        this.votesFor = votesFor;
        this.votesCast = votesCast;
        this.priority = priority;
        this.recommended = recommended;
    }

    UUID proposalId() {
        return proposalId;
    }

    int position() {
        return position;
    }

    String taskName() {
        return taskName;
    }

    String objectives() {
        return objectives;
    }

    SelectionMethod method() {
        return method;
    }

    @Nullable
    BigDecimal average() {
        return average;
    }

    int votesFor() {
        return votesFor;
    }

    int votesCast() {
        return votesCast;
    }

    int priority() {
        return priority;
    }

    @Nullable
    Boolean recommended() {
        return recommended;
    }
}
