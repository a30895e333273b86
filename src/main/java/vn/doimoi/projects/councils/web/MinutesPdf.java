package vn.doimoi.projects.councils.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.councils.MemberView;
import vn.doimoi.projects.councils.ResultView;
import vn.doimoi.projects.rules.Deadlines;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.selection.Views.CouncilView;
import vn.doimoi.shared.text.MessageText;
import vn.doimoi.shared.text.VietnameseFormats;

/** The vote count and meeting minutes (biên bản kiểm phiếu và biên bản họp) as PDF, from the data. */
@Component
class MinutesPdf {

    private final MessageSource messages;

    MinutesPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(CouncilView council, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        BaseFont regular = font("fonts/DejaVuSans.ttf");
        BaseFont boldFace = font("fonts/DejaVuSans-Bold.ttf");
        Font normal = new Font(regular, 10.5f);
        Font bold = new Font(boldFace, 10.5f);
        Font title = new Font(boldFace, 13f);
        PdfWriter.getInstance(document, out);
        document.open();
        Paragraph heading = new Paragraph(t(locale, "council.minutes.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        document.add(new Paragraph(council.callCode() + " — " + council.callTitle(), bold));
        if (council.decisionNumber() != null) {
            document.add(new Paragraph(t(locale, "council.decisionNumber") + ": " + council.decisionNumber(), normal));
        }
        if (council.meetingStartedAt() != null) {
            document.add(new Paragraph(
                    t(locale, "council.minutes.held")
                            + ": "
                            + VietnameseFormats.dateTime(
                                    LocalDateTime.ofInstant(council.meetingStartedAt(), Deadlines.VIETNAM)),
                    normal));
        }
        document.add(new Paragraph(
                t(locale, "council.ruleSet") + ": " + council.rules().title(), normal));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(t(locale, "council.members"), bold));
        for (MemberView member : council.members()) {
            String line = member.fullName() + " — "
                    + t(locale, "council.role." + member.role().name());
            if (member.excluded()) {
                line += " — " + t(locale, "council.excluded");
            } else {
                line += " — " + t(locale, member.present() ? "council.present" : "council.absent");
            }
            document.add(new Paragraph(line, normal));
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph(t(locale, "council.minutes.voteCount"), bold));
        RuleSet.Scoring scoring = council.rules().scoring();
        PdfPTable table = new PdfPTable(4 + scoring.criteria().size());
        table.setWidthPercentage(100);
        header(table, t(locale, "council.result.rank"), boldFace);
        header(table, t(locale, "council.result.applicant"), boldFace);
        for (RuleSet.Criterion criterion : scoring.criteria()) {
            header(table, criterion.name() + " (" + criterion.min() + "–" + criterion.max() + ")", boldFace);
        }
        header(table, t(locale, "council.result.average"), boldFace);
        header(table, t(locale, "council.result.outcome"), boldFace);
        for (ResultView result : council.results()) {
            table.addCell(new Phrase(result.passed() ? Integer.toString(result.rank()) : "—", normal));
            table.addCell(new Phrase(result.itemName(), normal));
            for (RuleSet.Criterion criterion : scoring.criteria()) {
                table.addCell(new Phrase(
                        VietnameseFormats.number(result.criterionAverages().get(criterion.code())), normal));
            }
            table.addCell(new Phrase(VietnameseFormats.number(result.average()), normal));
            table.addCell(
                    new Phrase(t(locale, result.passed() ? "council.result.passed" : "council.result.failed"), normal));
        }
        document.add(table);
        document.add(new Paragraph(" "));
        document.add(new Paragraph(
                t(locale, "council.minutes.rule", VietnameseFormats.number(scoring.passTotal()), scoring.source()),
                normal));
        document.add(new Paragraph(t(locale, "council.minutes.conclusion"), bold));
        council.results().stream()
                .filter(r -> r.passed() && r.rank() == 1)
                .findFirst()
                .ifPresentOrElse(
                        r -> document.add(new Paragraph(t(locale, "council.minutes.selected", r.itemName()), normal)),
                        () -> document.add(new Paragraph(t(locale, "council.minutes.noneSelected"), normal)));
        document.close();
        return out.toByteArray();
    }

    private static void header(PdfPTable table, String text, BaseFont bold) {
        table.addCell(new PdfPCell(new Phrase(text, new Font(bold, 9f))));
    }

    private String t(Locale locale, String key, Object... args) {
        return MessageText.of(messages, locale, key, args);
    }

    private static BaseFont font(String path) {
        try (InputStream in = MinutesPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
