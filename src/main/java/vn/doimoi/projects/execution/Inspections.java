package vn.doimoi.projects.execution;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.projects.support.TaskAccess;

/**
 * Inspections of ongoing tasks: STAFF records what its team found during a visit; the host is
 * told, the task's page lists the inspections and each one's minutes are generated as PDF.
 */
@Service
@Transactional
public class Inspections {

    /** What STAFF types in after an inspection. */
    public record InspectionInput(
            LocalDate inspectedOn, String team, String findings, String conclusions, String requests) {}

    /** One inspection as shown on the task's page and in its minutes. */
    public record InspectionView(
            UUID id,
            int number,
            LocalDate inspectedOn,
            String team,
            String findings,
            String conclusions,
            String requests,
            String recordedBy) {}

    private final InspectionRepository inspections;
    private final TaskAccess access;
    private final Notifications notifications;

    Inspections(InspectionRepository inspections, TaskAccess access, Notifications notifications) {
        this.inspections = inspections;
        this.access = access;
        this.notifications = notifications;
    }

    public UUID record(CurrentUser actor, UUID taskId, InspectionInput input) {
        ExecutionTask task = access.staff(actor, taskId);
        task.require(Stage.IN_PROGRESS);
        int number = inspections.findByTaskIdOrderByNumber(taskId).size() + 1;
        Inspection inspection = inspections.save(new Inspection(
                taskId,
                number,
                input.inspectedOn(),
                input.team(),
                input.findings(),
                input.conclusions(),
                input.requests(),
                actor.username(),
                access.today(),
                access.clock().instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", number);
        after.put("inspectedOn", input.inspectedOn().toString());
        after.put("team", inspection.team());
        after.put("conclusions", inspection.conclusions());
        access.journal(
                taskId,
                actor.username(),
                "execution.inspection.recorded",
                "#" + number + " " + input.inspectedOn(),
                null,
                after);
        notifications.sendToOrganisation(
                task.hostOrgId(),
                access.t("execution.inspection.notify.subject", task.code()),
                access.t("execution.inspection.notify.body", task.title(), inspection.requests()),
                TaskAccess.link(taskId));
        return inspection.id();
    }

    @Transactional(readOnly = true)
    public List<InspectionView> of(CurrentUser actor, UUID taskId) {
        access.visible(actor, taskId);
        return inspections.findByTaskIdOrderByNumber(taskId).stream()
                .map(Inspections::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public InspectionView one(CurrentUser actor, UUID taskId, UUID inspectionId) {
        access.visible(actor, taskId);
        return inspections
                .findById(inspectionId)
                .filter(i -> i.taskId().equals(taskId))
                .map(Inspections::view)
                .orElseThrow(TaskAccess::notFound);
    }

    private static InspectionView view(Inspection i) {
        return new InspectionView(
                i.id(),
                i.number(),
                i.inspectedOn(),
                i.team(),
                i.findings(),
                i.conclusions(),
                i.requests(),
                i.recordedBy());
    }
}
