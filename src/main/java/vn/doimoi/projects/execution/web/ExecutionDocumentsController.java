package vn.doimoi.projects.execution.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.ExecutionDocuments;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.Inspections;
import vn.doimoi.projects.execution.SupervisionDocuments;
import vn.doimoi.projects.execution.TaskDetails;
import vn.doimoi.projects.execution.TaskFiles;

/** A task's documents: the contract and the acceptance minutes (PDF), its uploaded files, the audit dossier. */
@Controller
class ExecutionDocumentsController {

    private final TaskDetails details;
    private final ExecutionDocuments documents;
    private final SupervisionDocuments supervision;
    private final Inspections inspections;
    private final AcceptanceCouncils councils;
    private final TaskFiles taskFiles;
    private final TaskSteps steps;

    ExecutionDocumentsController(
            TaskDetails details,
            ExecutionDocuments documents,
            SupervisionDocuments supervision,
            Inspections inspections,
            AcceptanceCouncils councils,
            TaskFiles taskFiles,
            TaskSteps steps) {
        this.details = details;
        this.documents = documents;
        this.supervision = supervision;
        this.inspections = inspections;
        this.councils = councils;
        this.taskFiles = taskFiles;
        this.steps = steps;
    }

    @GetMapping("/execution/tasks/{id}/contract.pdf")
    ResponseEntity<byte[]> contractPdf(@PathVariable UUID id, Locale locale) {
        TaskDetail task = details.task(steps.actor(), id);
        return ExecutionController.file(
                documents.contractPdf(task, locale), "hop-dong-" + task.code() + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/execution/tasks/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, Locale locale) {
        CurrentUser actor = steps.actor();
        TaskDetail task = details.task(actor, id);
        return ExecutionController.file(
                documents.minutesPdf(task, councils.view(actor, id), locale),
                "bien-ban-nghiem-thu-" + task.code() + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @GetMapping("/execution/tasks/{id}/files/{fileId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID fileId) {
        TaskFiles.Download download = taskFiles.document(steps.actor(), id, fileId);
        return ExecutionController.file(download.bytes(), download.filename(), MediaType.APPLICATION_OCTET_STREAM);
    }

    @GetMapping("/staff/execution/tasks/{id}/dossier.zip")
    ResponseEntity<byte[]> dossier(@PathVariable UUID id, Locale locale) {
        CurrentUser actor = steps.actor();
        TaskDetail task = details.task(actor, id);
        List<TaskFiles.Download> minutes = new ArrayList<>();
        for (Inspections.InspectionView inspection : inspections.of(actor, id)) {
            minutes.add(new TaskFiles.Download(
                    "08-bien-ban-kiem-tra-" + inspection.number() + ".pdf",
                    "application/pdf",
                    supervision.inspectionMinutesPdf(task, inspection, locale)));
        }
        byte[] zip =
                documents.dossierZip(task, councils.view(actor, id), taskFiles.documents(actor, id), minutes, locale);
        return ExecutionController.file(
                zip, "ho-so-" + task.code() + ".zip", MediaType.parseMediaType("application/zip"));
    }
}
