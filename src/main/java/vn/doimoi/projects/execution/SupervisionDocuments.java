package vn.doimoi.projects.execution;

import com.lowagie.text.Paragraph;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.Inspections.InspectionView;
import vn.doimoi.projects.support.PdfKit;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.text.VietnameseFormats;

/** Minutes of an inspection (biên bản kiểm tra tình hình thực hiện nhiệm vụ), generated from its record. */
@Component
public class SupervisionDocuments {

    private final PdfKit kit;

    SupervisionDocuments(MessageSource messages, Province province) {
        this.kit = new PdfKit(messages, province);
    }

    public byte[] inspectionMinutesPdf(TaskDetail task, InspectionView inspection, Locale locale) {
        return kit.pdf((doc, f) -> {
            kit.heading(doc, f, kit.t(locale, "execution.inspection.minutes.title", inspection.number()));
            kit.facts(doc, f, locale, task);
            doc.add(new Paragraph(
                    kit.t(locale, "execution.inspection.date") + ": "
                            + VietnameseFormats.date(inspection.inspectedOn()),
                    f.normal()));
            kit.section(doc, f, kit.t(locale, "execution.inspection.team"), inspection.team());
            kit.section(doc, f, kit.t(locale, "execution.inspection.findings"), inspection.findings());
            kit.section(doc, f, kit.t(locale, "execution.inspection.conclusions"), inspection.conclusions());
            kit.section(doc, f, kit.t(locale, "execution.inspection.requests"), inspection.requests());
            Paragraph recorded =
                    new Paragraph(kit.t(locale, "execution.inspection.recordedBy", inspection.recordedBy()), f.small());
            recorded.setSpacingBefore(12);
            doc.add(recorded);
        });
    }
}
