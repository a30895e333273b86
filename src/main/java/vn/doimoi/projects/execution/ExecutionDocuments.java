package vn.doimoi.projects.execution;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.ExecutionViews.PaymentRow;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;

/**
 * The generated documents of a task, one class per document — {@link ContractDocument}, {@link
 * AcceptanceMinutesDocument}, {@link PaymentsWorkbook}, {@link AuditDossier} — reached here by
 * callers outside execution (the acceptance council's pages and tests).
 */
@Component
public class ExecutionDocuments {

    private final ContractDocument contract;
    private final AcceptanceMinutesDocument minutes;
    private final PaymentsWorkbook payments;
    private final AuditDossier dossier;

    ExecutionDocuments(
            ContractDocument contract,
            AcceptanceMinutesDocument minutes,
            PaymentsWorkbook payments,
            AuditDossier dossier) {
        this.contract = contract;
        this.minutes = minutes;
        this.payments = payments;
        this.dossier = dossier;
    }

    public byte[] contractPdf(TaskDetail task, Locale locale) {
        return contract.pdf(task, locale);
    }

    public byte[] minutesPdf(TaskDetail task, Locale locale) {
        return minutes.pdf(task, locale);
    }

    public byte[] minutesPdf(TaskDetail task, AcceptanceCouncils.@Nullable CouncilView council, Locale locale) {
        return minutes.pdf(task, council, locale);
    }

    public byte[] paymentsXlsx(List<PaymentRow> rows, int year, Locale locale) {
        return payments.xlsx(rows, year, locale);
    }

    public byte[] dossierZip(TaskDetail task, List<TaskFiles.Download> documents, Locale locale) {
        return dossier.zip(task, documents, locale);
    }

    public byte[] dossierZip(
            TaskDetail task,
            AcceptanceCouncils.@Nullable CouncilView council,
            List<TaskFiles.Download> documents,
            List<TaskFiles.Download> generated,
            Locale locale) {
        return dossier.zip(task, council, documents, generated, locale);
    }
}
