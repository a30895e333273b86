package vn.doimoi.projects.execution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.ExecutionViews.EventView;
import vn.doimoi.projects.execution.ExecutionViews.ReportView;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.support.PdfKit;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.text.VietnameseFormats;

/** The one-click audit dossier of a task (zip): its documents, reports, journal and uploaded files. */
@Component
public class AuditDossier {

    private final PdfKit kit;
    private final ContractDocument contract;
    private final AcceptanceMinutesDocument minutes;
    private final SettlementDocument settlement;

    AuditDossier(
            MessageSource messages,
            Province province,
            ContractDocument contract,
            AcceptanceMinutesDocument minutes,
            SettlementDocument settlement) {
        this.kit = new PdfKit(messages, province);
        this.contract = contract;
        this.minutes = minutes;
        this.settlement = settlement;
    }

    /**
     * The audit dossier: contract and minutes as PDF, the reports, the settlement (against the
     * accepted products for a lump sum to the final product), the task's journal (CSV) and every
     * uploaded document, in one zip.
     */
    public byte[] zip(TaskDetail task, List<TaskFiles.Download> documents, Locale locale) {
        return zip(task, null, documents, List.of(), locale);
    }

    /** The audit dossier with the council's sheets in the minutes and each inspection's minutes. */
    public byte[] zip(
            TaskDetail task,
            AcceptanceCouncils.@Nullable CouncilView council,
            List<TaskFiles.Download> documents,
            List<TaskFiles.Download> generated,
            Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            if (task.contract() != null) {
                entry(zip, "01-hop-dong.pdf", contract.pdf(task, locale));
            }
            entry(zip, "02-bao-cao-dinh-ky.txt", reportsText(task, locale).getBytes(StandardCharsets.UTF_8));
            if (task.acceptance() != null) {
                StringBuilder dossier = new StringBuilder();
                dossier.append(t(locale, "acceptance.finalReport"))
                        .append("\n")
                        .append(task.acceptance().finalReport());
                dossier.append("\n\n")
                        .append(t(locale, "acceptance.summaryReport"))
                        .append("\n")
                        .append(task.acceptance().summaryReport());
                dossier.append("\n\n")
                        .append(t(
                                locale,
                                task.productsInsteadOfSpending() == null
                                        ? "acceptance.financialReport"
                                        : "acceptance.byProducts"))
                        .append("\n")
                        .append(task.acceptance().financialReport());
                dossier.append("\n\n")
                        .append(t(locale, "acceptance.selfAssessment"))
                        .append("\n")
                        .append(task.acceptance().selfAssessment());
                entry(zip, "03-ho-so-nghiem-thu.txt", dossier.toString().getBytes(StandardCharsets.UTF_8));
                if (task.acceptance().concluded()) {
                    entry(zip, "04-bien-ban-nghiem-thu.pdf", minutes.pdf(task, council, locale));
                }
            }
            if (task.result() != null) {
                var r = task.result();
                String text = String.join(
                        "\n",
                        r.title(),
                        r.authors(),
                        r.summary(),
                        r.applicationScope(),
                        nullToDash(r.certificateNumber()),
                        r.registeredOn() == null ? "-" : VietnameseFormats.date(r.registeredOn()));
                entry(zip, "05-dang-ky-ket-qua.txt", text.getBytes(StandardCharsets.UTF_8));
            }
            if (task.liquidation() != null) {
                var l = task.liquidation();
                entry(
                        zip,
                        "06-thanh-ly-hop-dong.txt",
                        (l.minutesNumber() + "\n" + VietnameseFormats.date(l.liquidatedOn()) + "\n" + l.note())
                                .getBytes(StandardCharsets.UTF_8));
            }
            String settled = settlement.text(task, locale);
            if (settled != null) {
                entry(zip, "08-quyet-toan.txt", settled.getBytes(StandardCharsets.UTF_8));
            }
            entry(zip, "07-nhat-ky.csv", journalCsv(task.events()).getBytes(StandardCharsets.UTF_8));
            for (TaskFiles.Download document : generated) {
                entry(zip, document.filename(), document.bytes());
            }
            for (TaskFiles.Download document : documents) {
                entry(zip, "tep/" + document.filename(), document.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String reportsText(TaskDetail task, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (ReportView report : task.reports()) {
            text.append(t(locale, "execution.report.numbered", report.number()))
                    .append(" · ")
                    .append(t(locale, "execution.report.dueOn"))
                    .append(' ')
                    .append(VietnameseFormats.date(report.dueOn()))
                    .append(" · ")
                    .append(t(locale, "execution.report.state." + report.state()))
                    .append(report.late() ? " · " + t(locale, "execution.report.late") : "")
                    .append('\n');
            if (report.content() != null) {
                text.append(report.content()).append("\n");
            }
            text.append('\n');
        }
        return text.toString();
    }

    static String journalCsv(List<EventView> events) {
        StringBuilder csv = new StringBuilder("at,actor,action,detail\n");
        for (EventView e : events) {
            csv.append(e.at())
                    .append(',')
                    .append(quote(e.actor()))
                    .append(',')
                    .append(quote(e.action()))
                    .append(',')
                    .append(quote(e.detail()))
                    .append('\n');
        }
        return csv.toString();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String nullToDash(@Nullable String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private String t(Locale locale, String key, Object... args) {
        return kit.t(locale, key, args);
    }
}
