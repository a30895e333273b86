package vn.doimoi.programs.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.programs.AgencyRef;
import vn.doimoi.programs.AssignmentView;
import vn.doimoi.programs.DueReport;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/** STAFF assigns the actions of a task group to agencies of the directory; agencies see theirs. */
@Component
class ProgrammeAssignments {

    private static final String ASSIGNMENT = "programs.assignment";

    private final TaskGroupRepository taskGroups;
    private final AssignmentRepository assignments;
    private final MonitoringRecords records;
    private final MonitoringViews views;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeAssignments(
            TaskGroupRepository taskGroups,
            AssignmentRepository assignments,
            MonitoringRecords records,
            MonitoringViews views,
            Directory directory,
            AuditLog audit,
            Clock clock) {
        this.taskGroups = taskGroups;
        this.assignments = assignments;
        this.records = records;
        this.views = views;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agencies of the directory, for choosers. */
    List<AgencyRef> agencies() {
        return directory.organisations().stream()
                .filter(o -> o.type() == OrganisationType.AGENCY)
                .map(o -> new AgencyRef(o.id(), o.name()))
                .toList();
    }

    List<AssignmentView> assignmentsFor(CurrentUser actor) {
        return views.views(records.assignmentsVisibleTo(actor));
    }

    AssignmentView assignment(CurrentUser actor, UUID id) {
        return views.views(List.of(records.visibleAssignment(actor, id))).get(0);
    }

    /** Reports an agency owes: due within the reminder window, or overdue. */
    List<DueReport> reminders(CurrentUser actor) {
        List<Assignment> visible = records.assignmentsVisibleTo(actor);
        LocalDate today = views.today();
        List<AssignmentView> assignmentViews = views.views(visible);
        Map<UUID, List<AgencyReport>> byAssignment = views.reportsOf(visible);
        List<DueReport> due = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            due.addAll(views.dueReports(
                    visible.get(i),
                    assignmentViews.get(i),
                    byAssignment.getOrDefault(visible.get(i).id(), List.of()),
                    today));
        }
        due.sort(Comparator.comparing(DueReport::dueOn));
        return due;
    }

    /** STAFF assigns an action of a task group to a lead agency. */
    UUID assign(AssignmentData data) {
        TaskGroup group = taskGroups
                .findById(data.taskGroupId())
                .orElseThrow(() -> new NotFoundException("task group", data.taskGroupId()));
        String title = VietnameseText.clean(data.title());
        if (title == null || title.isEmpty()) {
            throw DomainException.invalid("programs.error.titleRequired");
        }
        requireAgency(data.leadAgencyId());
        data.cooperatingAgencies().forEach(this::requireAgency);
        if (data.deadline() != null && data.deadline().isBefore(data.startsOn())) {
            throw DomainException.invalid("programs.error.deadlineBeforeStart");
        }
        AssignmentData clean = new AssignmentData(
                group.id(),
                title,
                AgencyReporting.text(data.description()),
                data.leadAgencyId(),
                data.cooperatingAgencies(),
                AgencyReporting.text(data.expectedOutputs()),
                data.recurrence(),
                data.startsOn(),
                data.deadline());
        Assignment assignment = new Assignment(clean, clock.instant());
        assignments.save(assignment);
        audit.record("assignment.created", ASSIGNMENT, assignment.id().toString(), null, assignment.auditState());
        return assignment.id();
    }

    private void requireAgency(UUID id) {
        OrganisationSummary organisation =
                directory.organisation(id).orElseThrow(() -> DomainException.invalid("programs.error.agencyUnknown"));
        if (organisation.type() != OrganisationType.AGENCY) {
            throw DomainException.invalid("programs.error.notAnAgency", organisation.name());
        }
    }
}
