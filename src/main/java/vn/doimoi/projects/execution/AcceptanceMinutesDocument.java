package vn.doimoi.projects.execution;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.councils.AcceptanceCouncils;
import vn.doimoi.projects.execution.ExecutionViews.ProductView;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.support.PdfKit;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.text.VietnameseFormats;

/** The acceptance minutes of a task as PDF (DejaVu fonts for Vietnamese). */
@Component
public class AcceptanceMinutesDocument {

    private final PdfKit kit;

    AcceptanceMinutesDocument(MessageSource messages, Province province) {
        this.kit = new PdfKit(messages, province);
    }

    /** Acceptance minutes (biên bản họp hội đồng đánh giá, nghiệm thu), in the style of Form 9 of TT 11/2014. */
    public byte[] pdf(TaskDetail task, Locale locale) {
        return pdf(task, null, locale);
    }

    /** The minutes with the council's composition and each member's sheet when a council scored. */
    public byte[] pdf(TaskDetail task, AcceptanceCouncils.@Nullable CouncilView council, Locale locale) {
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

    private String t(Locale locale, String key, Object... args) {
        return kit.t(locale, key, args);
    }
}
