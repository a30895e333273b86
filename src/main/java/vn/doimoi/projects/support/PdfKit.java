package vn.doimoi.projects.support;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.text.MessageText;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * What every generated PDF of a task shares: A4 pages, DejaVu fonts (they carry every Vietnamese
 * letter), the Department's heading and the task's identifying facts.
 */
public final class PdfKit {

    public interface Body {
        void write(Document doc, Fonts fonts) throws DocumentException;
    }

    public record Fonts(Font normal, Font small, Font bold, Font title) {}

    private final MessageSource messages;
    private final Province province;

    public PdfKit(MessageSource messages, Province province) {
        this.province = province;
        this.messages = messages;
    }

    public byte[] pdf(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            BaseFont regular = font("fonts/DejaVuSans.ttf");
            BaseFont boldFace = font("fonts/DejaVuSans-Bold.ttf");
            Fonts fonts = new Fonts(
                    new Font(regular, 10.5f),
                    new Font(regular, 9f),
                    new Font(boldFace, 10.5f),
                    new Font(boldFace, 13f));
            PdfWriter.getInstance(document, out);
            document.open();
            body.write(document, fonts);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public void heading(Document doc, Fonts f, String title) throws DocumentException {
        Locale vi = Locale.forLanguageTag("vi");
        Paragraph committee = new Paragraph(t(vi, "province.committeeHeading", province.nameInCapitals()), f.normal());
        committee.setAlignment(Element.ALIGN_CENTER);
        doc.add(committee);
        Paragraph issuer = new Paragraph(t(vi, "execution.pdf.issuer"), f.bold());
        issuer.setAlignment(Element.ALIGN_CENTER);
        doc.add(issuer);
        Paragraph heading = new Paragraph(title, f.title());
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(10);
        doc.add(heading);
    }

    public void facts(Document doc, Fonts f, Locale locale, TaskDetail task) throws DocumentException {
        doc.add(new Paragraph(t(locale, "execution.task.code") + ": " + task.code(), f.normal()));
        doc.add(new Paragraph(t(locale, "execution.task.title") + ": " + task.title(), f.normal()));
        doc.add(new Paragraph(t(locale, "execution.task.host") + ": " + task.hostName(), f.normal()));
        doc.add(new Paragraph(
                t(locale, "execution.task.decision") + ": " + task.decisionNumber() + " ("
                        + VietnameseFormats.date(task.decisionDate()) + ")",
                f.normal()));
    }

    /** A labelled block of free text (findings, conclusions, …). */
    public void section(Document doc, Fonts f, String label, @Nullable String text) throws DocumentException {
        Paragraph heading = new Paragraph(label, f.bold());
        heading.setSpacingBefore(8);
        doc.add(heading);
        doc.add(new Paragraph(text == null || text.isBlank() ? "-" : text, f.normal()));
    }

    public static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    public String t(Locale locale, String key, Object... args) {
        return MessageText.of(messages, locale, key, args);
    }

    private static BaseFont font(String path) {
        try (InputStream in = PdfKit.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
