package vn.doimoi.ecosystem.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate (giấy chứng nhận) on A4 landscape: centred lines, a title, and the signer on the
 * right, in the bundled DejaVu fonts so that Vietnamese diacritics are embedded. The caller gives
 * the lines in order; this draws them the same way for every certificate the ecosystem hands out.
 */
public final class CertificateDocument {

    private enum Style {
        TITLE,
        BOLD,
        NORMAL,
        SIGNER
    }

    private record Line(String text, Style style) {}

    private final List<Line> lines = new ArrayList<>();

    public CertificateDocument title(String text) {
        return add(text, Style.TITLE);
    }

    public CertificateDocument bold(String text) {
        return add(text, Style.BOLD);
    }

    public CertificateDocument line(String text) {
        return add(text, Style.NORMAL);
    }

    /** An empty line between parts. */
    public CertificateDocument space() {
        return add(" ", Style.NORMAL);
    }

    /** The signer's name, on the right. */
    public CertificateDocument signer(String text) {
        return add(text, Style.SIGNER);
    }

    private CertificateDocument add(String text, Style style) {
        lines.add(new Line(text, style));
        return this;
    }

    public byte[] toPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 56, 56, 42, 42);
        BaseFont regular = font("fonts/DejaVuSans.ttf");
        BaseFont boldFace = font("fonts/DejaVuSans-Bold.ttf");
        Font normal = new Font(regular, 12f);
        Font bold = new Font(boldFace, 12f);
        Font title = new Font(boldFace, 22f);
        PdfWriter.getInstance(document, out);
        document.open();
        for (Line line : lines) {
            Paragraph paragraph = new Paragraph(
                    line.text(),
                    switch (line.style()) {
                        case TITLE -> title;
                        case BOLD, SIGNER -> bold;
                        case NORMAL -> normal;
                    });
            paragraph.setAlignment(line.style() == Style.SIGNER ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
            document.add(paragraph);
        }
        document.close();
        return out.toByteArray();
    }

    private static BaseFont font(String path) {
        try (InputStream in = CertificateDocument.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
