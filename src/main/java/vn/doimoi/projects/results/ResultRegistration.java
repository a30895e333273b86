package vn.doimoi.projects.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.ResultRegistered;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.execution.Stage;
import vn.doimoi.projects.execution.TaskFiles;
import vn.doimoi.projects.execution.TaskFiles.Upload;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.DomainException;

/** The host submits the result of an accepted task; STAFF registers it with its certificate and the marketplace hears of it. */
@Service
@Transactional
public class ResultRegistration {

    private final ResultRepository results;
    private final TaskFiles files;
    private final ApplicationEventPublisher publisher;
    private final Notifications notifications;
    private final TaskAccess access;

    ResultRegistration(
            ResultRepository results,
            TaskFiles files,
            ApplicationEventPublisher publisher,
            Notifications notifications,
            TaskAccess access) {
        this.results = results;
        this.files = files;
        this.publisher = publisher;
        this.notifications = notifications;
        this.access = access;
    }

    /** What the host fills in to register a result (the national form's main fields). */
    public record ResultInput(String title, String summary, String authors, String keywords, String applicationScope) {}

    public UUID submitResult(CurrentUser actor, UUID taskId, ResultInput input, List<Upload> attachments) {
        ExecutionTask task = access.host(actor, taskId);
        task.require(Stage.ACCEPTED, Stage.CLOSED);
        if (results.findByTaskId(taskId).isPresent()) {
            throw DomainException.conflict("result.error.state", ResultState.SUBMITTED.name());
        }
        Result result = results.save(new Result(
                taskId,
                input.title(),
                input.summary(),
                input.authors(),
                input.keywords(),
                input.applicationScope(),
                task.fieldCodes(),
                task.hostOrgId(),
                access.clock().instant()));
        for (Upload upload : attachments) {
            files.store(taskId, "RESULT", upload);
        }
        access.journal(taskId, actor.username(), "result.submitted", input.title(), null, Map.of("state", "SUBMITTED"));
        notifications.sendToRole(
                Role.STAFF,
                access.t("result.notify.submitted.subject", task.code()),
                access.t("result.notify.submitted.body", input.title()),
                TaskAccess.link(taskId));
        return result.id();
    }

    /** STAFF registers the result with its certificate; the marketplace hears of it. */
    public void registerResult(CurrentUser actor, UUID taskId, String certificateNumber, LocalDate on) {
        TaskAccess.requireStaff(actor);
        ExecutionTask task = access.load(taskId);
        Result result = results.findByTaskId(taskId).orElseThrow(() -> DomainException.conflict("result.error.none"));
        result.register(certificateNumber, on);
        access.journal(
                taskId,
                actor.username(),
                "result.registered",
                certificateNumber,
                Map.of("state", ResultState.SUBMITTED.name()),
                Map.of("state", ResultState.REGISTERED.name(), "certificate", certificateNumber));
        publisher.publishEvent(new ResultRegistered(
                result.id(),
                taskId,
                result.title(),
                result.summary(),
                result.hostOrgId(),
                result.fieldCodes(),
                certificateNumber,
                on));
        notifications.sendToOrganisation(
                task.hostOrgId(),
                access.t("result.notify.registered.subject", task.code()),
                access.t("result.notify.registered.body", result.title(), certificateNumber),
                "/results/" + result.id());
    }
}
