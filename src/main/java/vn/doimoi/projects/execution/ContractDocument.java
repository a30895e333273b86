package vn.doimoi.projects.execution;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.projects.execution.ExecutionViews.ContractView;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.ExecutionViews.TrancheView;
import vn.doimoi.projects.execution.ExecutionViews.VersionView;
import vn.doimoi.projects.support.PdfKit;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The contract as in force, as PDF: the parties (the Department orders, the host organisation
 * carries the task out under its principal investigator), the terms, the tranche schedule with
 * the condition of each payment, the versions and what each amendment changed, and a signature
 * block for both parties.
 */
@Component
public class ContractDocument {

    private final PdfKit kit;
    private final Province province;
    private final Directory directory;

    ContractDocument(MessageSource messages, Province province, Directory directory) {
        this.kit = new PdfKit(messages, province);
        this.province = province;
        this.directory = directory;
    }

    public byte[] pdf(TaskDetail task, Locale locale) {
        ContractView contract = task.contract();
        if (contract == null) {
            throw DomainException.conflict("contract.error.noDraft");
        }
        ContractTerms terms = contract.terms();
        return kit.pdf((doc, f) -> {
            kit.heading(doc, f, t(locale, "contract.pdf.title", terms.number()));
            parties(doc, f, locale, task);
            kit.facts(doc, f, locale, task);
            line(doc, f, t(locale, "contract.state") + ": " + t(locale, "contract.state." + contract.state()));
            line(
                    doc,
                    f,
                    t(locale, "contract.period") + ": " + VietnameseFormats.date(terms.startOn()) + " – "
                            + VietnameseFormats.date(terms.endOn()));
            line(
                    doc,
                    f,
                    t(locale, "contract.fundingMode") + ": "
                            + t(locale, "contract.fundingMode." + terms.fundingMode()));
            line(
                    doc,
                    f,
                    t(locale, "contract.stateBudget") + ": " + VietnameseFormats.money(terms.stateBudget()) + " · "
                            + t(locale, "contract.otherBudget") + ": " + VietnameseFormats.money(terms.otherBudget()));
            line(doc, f, t(locale, "contract.reportEvery", terms.reportEveryMonths()));
            if (!terms.obligations().isBlank()) {
                line(doc, f, t(locale, "contract.obligations") + ": " + terms.obligations());
            }
            tranches(doc, f, locale, task.tranches());
            for (VersionView version : contract.versions()) {
                Paragraph p = new Paragraph(
                        t(locale, "contract.version.numbered", version.number()) + " · " + version.createdBy()
                                + (version.reason() == null ? "" : " · " + version.reason()),
                        f.bold());
                p.setSpacingBefore(6);
                doc.add(p);
                for (ContractTerms.Change change : version.changes()) {
                    doc.add(new Paragraph(
                            change.field() + ": " + dash(change.before()) + " → " + dash(change.after()), f.small()));
                }
            }
            signatures(doc, f, locale);
        });
    }

    /** Bên A orders and pays (the Department); Bên B carries the task out. */
    private void parties(Document doc, PdfKit.Fonts f, Locale locale, TaskDetail task) throws DocumentException {
        Paragraph heading = new Paragraph(t(locale, "contract.pdf.parties"), f.bold());
        heading.setSpacingBefore(4);
        doc.add(heading);
        line(doc, f, t(locale, "contract.pdf.orderingParty", t(locale, "province.department", province.name())));
        line(doc, f, t(locale, "contract.pdf.hostParty", task.hostName()));
        line(doc, f, t(locale, "contract.pdf.principalInvestigator", principalInvestigator(task, locale)));
    }

    private String principalInvestigator(TaskDetail task, Locale locale) {
        if (task.principalInvestigatorId() == null) {
            return t(locale, "contract.pdf.notNamed");
        }
        return directory
                .person(task.principalInvestigatorId())
                .map(PersonSummary::fullName)
                .orElseGet(() -> t(locale, "contract.pdf.notNamed"));
    }

    /** Each tranche: its number, the condition that releases it, its amount and when it is due. */
    private void tranches(Document doc, PdfKit.Fonts f, Locale locale, List<TrancheView> tranches)
            throws DocumentException {
        Paragraph heading = new Paragraph(t(locale, "contract.pdf.tranches"), f.bold());
        heading.setSpacingBefore(8);
        doc.add(heading);
        PdfPTable table = new PdfPTable(new float[] {0.7f, 3.3f, 2, 1.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (String key : List.of(
                "contract.pdf.trancheNumber", "contract.pdf.condition", "payment.amount", "contract.pdf.dueOn")) {
            table.addCell(PdfKit.cell(t(locale, key), f.bold()));
        }
        for (TrancheView tranche : tranches) {
            table.addCell(PdfKit.cell(Integer.toString(tranche.number()), f.normal()));
            table.addCell(PdfKit.cell(
                    tranche.productName() == null
                            ? t(locale, "contract.pdf.conditionAdvance")
                            : t(locale, "contract.pdf.conditionProduct", tranche.productName()),
                    f.normal()));
            table.addCell(PdfKit.cell(VietnameseFormats.money(tranche.amount()), f.normal()));
            table.addCell(PdfKit.cell(VietnameseFormats.date(tranche.plannedOn()), f.normal()));
        }
        doc.add(table);
    }

    private void signatures(Document doc, PdfKit.Fonts f, Locale locale) throws DocumentException {
        PdfPTable block = new PdfPTable(2);
        block.setWidthPercentage(100);
        block.setSpacingBefore(24);
        for (String party : List.of("contract.pdf.signA", "contract.pdf.signB")) {
            Paragraph text = new Paragraph(t(locale, party), f.bold());
            text.add(new Paragraph(t(locale, "contract.pdf.signHint"), f.small()));
            PdfPCell cell = new PdfPCell(text);
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setMinimumHeight(90);
            block.addCell(cell);
        }
        doc.add(block);
    }

    private static void line(Document doc, PdfKit.Fonts f, String text) throws DocumentException {
        doc.add(new Paragraph(text, f.normal()));
    }

    private static String dash(@Nullable String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private String t(Locale locale, String key, Object... args) {
        return kit.t(locale, key, args);
    }
}
