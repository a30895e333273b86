package vn.doimoi.programs.monitoring;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.programs.ProgrammeView;
import vn.doimoi.programs.TaskGroupView;
import vn.doimoi.shared.NotFoundException;

/**
 * Loads the monitoring records, and only those the actor may see: an agency sees the assignments
 * it leads and their reports; anything else is "not found" to it, as if it did not exist.
 */
@Component
class MonitoringRecords {

    private final ProgrammeRepository programmes;
    private final TaskGroupRepository taskGroups;
    private final AssignmentRepository assignments;
    private final AgencyReportRepository reports;
    private final IndicatorRepository indicators;
    private final AssignmentAccess access;

    MonitoringRecords(
            ProgrammeRepository programmes,
            TaskGroupRepository taskGroups,
            AssignmentRepository assignments,
            AgencyReportRepository reports,
            IndicatorRepository indicators,
            AssignmentAccess access) {
        this.programmes = programmes;
        this.taskGroups = taskGroups;
        this.assignments = assignments;
        this.reports = reports;
        this.indicators = indicators;
        this.access = access;
    }

    /** 403 unless the user acts for the assignment's lead agency (see {@link AssignmentAccess}). */
    void requireLeadAgency(CurrentUser actor, Assignment assignment) {
        access.requireLeadAgency(actor, assignment);
    }

    List<ProgrammeView> programmes() {
        return programmes.findAllByOrderByIssuedOnDesc().stream()
                .map(this::view)
                .toList();
    }

    Programme programme(UUID id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    ProgrammeView view(Programme programme) {
        return programme.toView(taskGroups.findByProgrammeIdOrderByPosition(programme.id()).stream()
                .map(TaskGroup::toView)
                .toList());
    }

    ProgrammeView programmeOf(Assignment assignment) {
        TaskGroup group = taskGroups.findById(assignment.taskGroupId()).orElseThrow();
        return view(programme(group.programmeId()));
    }

    /** The assignments an agency leads, or all of them for STAFF, oldest first. */
    List<Assignment> assignmentsVisibleTo(CurrentUser actor) {
        if (access.seesAll(actor)) {
            return assignments.findAll(Sort.by("createdAt"));
        }
        return actor.organisationId() == null
                ? List.of()
                : assignments.findByLeadAgencyIdOrderByCreatedAt(actor.organisationId());
    }

    List<Assignment> assignmentsOf(ProgrammeView programme) {
        return assignments.findByTaskGroupIdInOrderByCreatedAt(
                programme.taskGroups().stream().map(TaskGroupView::id).toList());
    }

    Assignment assignmentOf(AgencyReport report) {
        return assignments.findById(report.assignmentId()).orElseThrow();
    }

    Assignment visibleAssignment(CurrentUser actor, UUID id) {
        return assignments
                .findById(id)
                .filter(a -> access.maySee(actor, a))
                .orElseThrow(() -> new NotFoundException("assignment", id));
    }

    AgencyReport visibleReport(CurrentUser actor, UUID id) {
        return reports.findById(id)
                .filter(r -> access.maySee(actor, r))
                .orElseThrow(() -> new NotFoundException("report", id));
    }

    AgencyReport report(UUID id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
    }

    Indicator indicator(UUID id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }
}
