package vn.doimoi.projects.execution;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.ExecutionViews.EventView;
import vn.doimoi.projects.execution.ExecutionViews.PaymentRow;
import vn.doimoi.projects.execution.ExecutionViews.ProductView;
import vn.doimoi.projects.execution.ExecutionViews.ReportView;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.ExecutionViews.TrancheView;
import vn.doimoi.projects.execution.ExecutionViews.VersionView;
import vn.doimoi.projects.support.PdfKit;
import vn.doimoi.shared.spreadsheet.SpreadsheetText;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * Generated documents of a task: the contract and the acceptance minutes as PDF (DejaVu fonts
 * for Vietnamese), the treasury's payment list as Excel, and the one-click audit dossier (zip).
 */
@Component
public class ExecutionDocuments {

    private final PdfKit kit;

    ExecutionDocuments(MessageSource messages) {
        this.kit = new PdfKit(messages);
    }

    /** Acceptance minutes (biên bản họp hội đồng đánh giá, nghiệm thu), in the style of Form 9 of TT 11/2014. */
    public byte[] minutesPdf(TaskDetail task, Locale locale) {
        return minutesPdf(task, null, locale);
    }

    /** The minutes with the council's composition and each member's sheet when a council scored. */
    public byte[] minutesPdf(TaskDetail task, AcceptanceCouncils.@Nullable CouncilView council, Locale locale) {
        if (task.acceptance() == null || !task.acceptance().concluded()) {
            throw vn.doimoi.shared.DomainException.conflict("acceptance.error.notConcluded");
        }
        var acceptance = task.acceptance();
        return kit.pdf((doc, f) -> {
            kit.heading(doc, f, t(locale, "acceptance.minutes.title"));
            kit.facts(doc, f, locale, task);
            doc.add(new Paragraph(
                    t(locale, "acceptance.minutes.date", VietnameseFormats.date(acceptance.concludedOn())),
                    f.normal()));
            PdfPTable table = new PdfPTable(new float[] {3, 3, 1.2f, 1.2f, 1.2f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            for (String key : List.of(
                    "execution.product.name",
                    "execution.product.specs",
                    "acceptance.criterion.quantity",
                    "acceptance.criterion.volume",
                    "acceptance.criterion.quality")) {
                table.addCell(PdfKit.cell(t(locale, key), f.bold()));
            }
            for (ProductView p : task.products()) {
                table.addCell(PdfKit.cell(p.name() + " (" + p.quantity() + ")", f.normal()));
                table.addCell(PdfKit.cell(specs(p.specs()), f.small()));
                table.addCell(PdfKit.cell(grade(locale, p.quantityGrade()), f.normal()));
                table.addCell(PdfKit.cell(grade(locale, p.volumeGrade()), f.normal()));
                table.addCell(PdfKit.cell(grade(locale, p.qualityGrade()), f.normal()));
            }
            doc.add(table);
            if (council != null) {
                councilTable(doc, f, council, locale);
            }
            doc.add(new Paragraph(
                    t(locale, "acceptance.reportGrade") + ": " + grade(locale, acceptance.reportGrade()), f.normal()));
            Paragraph conclusion = new Paragraph(
                    t(locale, "acceptance.classification") + ": " + grade(locale, acceptance.classification()),
                    f.title());
            conclusion.setSpacingBefore(8);
            doc.add(conclusion);
            doc.add(new Paragraph(
                    t(locale, "acceptance.rule", acceptance.ruleVersion(), acceptance.ruleSource()), f.small()));
            if (acceptance.councilNote() != null && !acceptance.councilNote().isBlank()) {
                doc.add(new Paragraph(
                        t(locale, "acceptance.councilNote") + ": " + acceptance.councilNote(), f.normal()));
            }
        });
    }

    private void councilTable(
            com.lowagie.text.Document doc, PdfKit.Fonts f, AcceptanceCouncils.CouncilView council, Locale locale)
            throws com.lowagie.text.DocumentException {
        Paragraph heading = new Paragraph(t(locale, "acceptance.council.members"), f.bold());
        heading.setSpacingBefore(8);
        doc.add(heading);
        doc.add(new Paragraph(
                t(
                        locale,
                        "acceptance.council.formedBy",
                        council.decisionNumber(),
                        VietnameseFormats.date(council.formedOn())),
                f.small()));
        PdfPTable members = new PdfPTable(new float[] {3, 2, 1.5f, 3});
        members.setWidthPercentage(100);
        members.setSpacingBefore(4);
        for (String key : List.of(
                "acceptance.council.expert",
                "acceptance.council.role",
                "acceptance.council.sheet",
                "acceptance.council.comment")) {
            members.addCell(PdfKit.cell(t(locale, key), f.bold()));
        }
        for (AcceptanceCouncils.SeatView seat : council.seats()) {
            members.addCell(PdfKit.cell(seat.name(), f.normal()));
            members.addCell(PdfKit.cell(
                    t(locale, "acceptance.council.role." + seat.role().name()), f.normal()));
            members.addCell(PdfKit.cell(
                    seat.sheet() == null ? "-" : grade(locale, seat.sheet().classification()), f.normal()));
            members.addCell(PdfKit.cell(seat.sheet() == null ? "" : seat.sheet().comment(), f.small()));
        }
        doc.add(members);
        doc.add(new Paragraph(
                t(
                        locale,
                        "acceptance.council.sheets",
                        council.sheets(),
                        council.seats().size()),
                f.small()));
    }

    /** The contract as in force, with its versions and what each amendment changed. */
    public byte[] contractPdf(TaskDetail task, Locale locale) {
        if (task.contract() == null) {
            throw vn.doimoi.shared.DomainException.conflict("contract.error.noDraft");
        }
        var contract = task.contract();
        ContractTerms terms = contract.terms();
        return kit.pdf((doc, f) -> {
            kit.heading(doc, f, t(locale, "contract.pdf.title", terms.number()));
            kit.facts(doc, f, locale, task);
            doc.add(new Paragraph(
                    t(locale, "contract.state") + ": " + t(locale, "contract.state." + contract.state()), f.normal()));
            doc.add(new Paragraph(
                    t(locale, "contract.period") + ": " + VietnameseFormats.date(terms.startOn()) + " – "
                            + VietnameseFormats.date(terms.endOn()),
                    f.normal()));
            doc.add(new Paragraph(
                    t(locale, "contract.fundingMode") + ": " + t(locale, "contract.fundingMode." + terms.fundingMode()),
                    f.normal()));
            doc.add(new Paragraph(
                    t(locale, "contract.stateBudget") + ": " + VietnameseFormats.money(terms.stateBudget()) + " · "
                            + t(locale, "contract.otherBudget") + ": " + VietnameseFormats.money(terms.otherBudget()),
                    f.normal()));
            doc.add(new Paragraph(t(locale, "contract.reportEvery", terms.reportEveryMonths()), f.normal()));
            if (!terms.obligations().isBlank()) {
                doc.add(new Paragraph(t(locale, "contract.obligations") + ": " + terms.obligations(), f.normal()));
            }
            PdfPTable table = new PdfPTable(new float[] {0.6f, 2, 3, 1.5f, 1.5f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            for (String key : List.of(
                    "payment.number", "payment.amount", "payment.product", "payment.plannedOn", "payment.state")) {
                table.addCell(PdfKit.cell(t(locale, key), f.bold()));
            }
            for (TrancheView tranche : task.tranches()) {
                table.addCell(PdfKit.cell(Integer.toString(tranche.number()), f.normal()));
                table.addCell(PdfKit.cell(VietnameseFormats.money(tranche.amount()), f.normal()));
                table.addCell(PdfKit.cell(
                        tranche.productName() == null ? t(locale, "payment.advance") : tranche.productName(),
                        f.normal()));
                table.addCell(PdfKit.cell(VietnameseFormats.date(tranche.plannedOn()), f.normal()));
                table.addCell(PdfKit.cell(t(locale, "payment.state." + tranche.state()), f.normal()));
            }
            doc.add(table);
            for (VersionView version : contract.versions()) {
                Paragraph p = new Paragraph(
                        t(locale, "contract.version.numbered", version.number()) + " · " + version.createdBy()
                                + (version.reason() == null ? "" : " · " + version.reason()),
                        f.bold());
                p.setSpacingBefore(6);
                doc.add(p);
                for (ContractTerms.Change change : version.changes()) {
                    doc.add(new Paragraph(
                            change.field() + ": " + nullToDash(change.before()) + " → " + nullToDash(change.after()),
                            f.small()));
                }
            }
        });
    }

    /** Tranches of a year for the State Treasury (Kho bạc): one row per tranche. */
    public byte[] paymentsXlsx(List<PaymentRow> rows, int year, Locale locale) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Sheet sheet = workbook.createSheet(t(locale, "payment.export.sheet", String.valueOf(year)));
            Row header = sheet.createRow(0);
            List<String> keys = List.of(
                    "execution.task.code",
                    "execution.task.title",
                    "execution.task.host",
                    "payment.number",
                    "payment.amount",
                    "payment.state",
                    "payment.plannedOn",
                    "payment.paidOn",
                    "payment.reference");
            for (int i = 0; i < keys.size(); i++) {
                SpreadsheetText.write(header.createCell(i), t(locale, keys.get(i)));
                header.getCell(i).setCellStyle(bold);
            }
            int index = 1;
            for (PaymentRow row : rows) {
                Row r = sheet.createRow(index++);
                SpreadsheetText.write(r.createCell(0), row.code());
                SpreadsheetText.write(r.createCell(1), row.title());
                SpreadsheetText.write(r.createCell(2), row.hostName());
                r.createCell(3).setCellValue(row.number());
                r.createCell(4).setCellValue(row.amount().doubleValue());
                r.getCell(4).setCellStyle(money);
                SpreadsheetText.write(r.createCell(5), t(locale, "payment.state." + row.state()));
                SpreadsheetText.write(r.createCell(6), VietnameseFormats.date(row.plannedOn()));
                SpreadsheetText.write(
                        r.createCell(7), row.paidOn() == null ? "" : VietnameseFormats.date(row.paidOn()));
                SpreadsheetText.write(r.createCell(8), row.treasuryReference() == null ? "" : row.treasuryReference());
            }
            for (int i = 0; i < keys.size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The audit dossier: contract and minutes as PDF, the reports, the task's journal (CSV) and
     * every uploaded document, in one zip.
     */
    public byte[] dossierZip(TaskDetail task, List<TaskFiles.Download> documents, Locale locale) {
        return dossierZip(task, null, documents, List.of(), locale);
    }

    /** The audit dossier with the council's sheets in the minutes and each inspection's minutes. */
    public byte[] dossierZip(
            TaskDetail task,
            AcceptanceCouncils.@Nullable CouncilView council,
            List<TaskFiles.Download> documents,
            List<TaskFiles.Download> generated,
            Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            if (task.contract() != null) {
                entry(zip, "01-hop-dong.pdf", contractPdf(task, locale));
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
                        .append(t(locale, "acceptance.financialReport"))
                        .append("\n")
                        .append(task.acceptance().financialReport());
                dossier.append("\n\n")
                        .append(t(locale, "acceptance.selfAssessment"))
                        .append("\n")
                        .append(task.acceptance().selfAssessment());
                entry(zip, "03-ho-so-nghiem-thu.txt", dossier.toString().getBytes(StandardCharsets.UTF_8));
                if (task.acceptance().concluded()) {
                    entry(zip, "04-bien-ban-nghiem-thu.pdf", minutesPdf(task, council, locale));
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

    private static String specs(List<ProductSpec> specs) {
        return String.join(
                "\n",
                specs.stream()
                        .map(s -> s.indicator() + ": " + s.requiredValue() + " " + s.unit())
                        .toList());
    }

    private String grade(Locale locale, @Nullable Grade grade) {
        return grade == null ? "-" : t(locale, "acceptance.grade." + grade.name());
    }

    private static String nullToDash(@Nullable String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private String t(Locale locale, String key, Object... args) {
        return kit.t(locale, key, args);
    }
}
