package vn.doimoi.programs.monitoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.programs.ImportedAssignment;
import vn.doimoi.programs.ImportedReport;
import vn.doimoi.programs.ProgrammeImport;

/** Imports through {@link ProgrammeMonitoring}, so periods, indicators and the audit are checked as on screen. */
@Service
@Transactional
class ProgrammeImporter implements ProgrammeImport {

    private final ProgrammeMonitoring monitoring;
    private final AssignmentRepository assignments;

    ProgrammeImporter(ProgrammeMonitoring monitoring, AssignmentRepository assignments) {
        this.monitoring = monitoring;
        this.assignments = assignments;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasAssignments() {
        return assignments.count() > 0;
    }

    @Override
    public UUID assign(UUID programmeId, ImportedAssignment a) {
        UUID group = monitoring
                .programme(programmeId)
                .taskGroups()
                .get(a.taskGroup() - 1)
                .id();
        return monitoring.assign(new AssignmentData(
                group,
                a.title(),
                a.description(),
                a.leadAgencyId(),
                a.cooperatingAgencies(),
                a.expectedOutputs(),
                a.recurrence(),
                a.startsOn(),
                a.deadline()));
    }

    @Override
    public UUID report(ImportedReport report) {
        UUID agency = assignments.findById(report.assignmentId()).orElseThrow().leadAgencyId();
        // the report is the lead agency's own, as if one of its people had submitted it
        CurrentUser actor = new CurrentUser(new UserId(UUID.randomUUID()), "import", EnumSet.of(Role.AGENCY), agency);
        Map<UUID, ProgrammeMonitoring.EnteredValue> values = report.figures().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        each -> new ProgrammeMonitoring.EnteredValue(
                                each.getValue().value(),
                                each.getValue().numerator(),
                                each.getValue().denominator())));
        UUID id = monitoring.submit(
                actor,
                report.assignmentId(),
                report.period(),
                new ProgrammeMonitoring.ReportInput(report.progress(), report.narrative(), values),
                List.of());
        if (report.accepted()) {
            monitoring.accept(id, monitoring.report(actor, id).version(), report.acceptanceNote());
        }
        return id;
    }
}
