package vn.doimoi.ecosystem.initiatives;

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
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The certificate of a recognised initiative (giấy chứng nhận sáng kiến), A4 landscape, from the
 * record and its decision, in the bundled DejaVu fonts (Vietnamese diacritics embedded). A
 * Vietnamese document: its text is Vietnamese whatever the reader's language.
 */
@Component
public class CertificatePdf {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Initiatives initiatives;
    private final MessageSource messages;
    private final Province province;

    CertificatePdf(Initiatives initiatives, MessageSource messages, Province province) {
        this.initiatives = initiatives;
        this.messages = messages;
        this.province = province;
    }

    /** The certificate; refused until the decision is recorded. */
    @Transactional(readOnly = true)
    public byte[] render(UUID id) {
        Initiative initiative = initiatives.get(id);
        if (initiative.state() != InitiativeState.RECOGNISED
                || initiative.decisionDate() == null
                || initiative.decisionNumber() == null) {
            throw DomainException.conflict("initiatives.error.notRecognised");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 56, 56, 42, 42);
        BaseFont regular = font("fonts/DejaVuSans.ttf");
        BaseFont boldFace = font("fonts/DejaVuSans-Bold.ttf");
        Font normal = new Font(regular, 12f);
        Font bold = new Font(boldFace, 12f);
        Font title = new Font(boldFace, 22f);
        PdfWriter.getInstance(document, out);
        document.open();
        centred(document, t("initiatives.certificate.issuer", province.nameInCapitals()), bold);
        centred(document, t("initiatives.certificate.nation"), bold);
        centred(document, t("initiatives.certificate.motto"), normal);
        document.add(new Paragraph(" "));
        centred(document, t("initiatives.certificate.title"), title);
        document.add(new Paragraph(" "));
        centred(document, t("initiatives.certificate.initiative", initiative.title()), bold);
        centred(
                document,
                t("initiatives.certificate.author", initiative.authorName(), initiative.authorShare()),
                normal);
        initiative
                .coAuthors()
                .forEach(c -> centred(
                        document, t("initiatives.certificate.coAuthor", c.fullName(), c.sharePercent()), normal));
        centred(document, t("initiatives.certificate.scope", initiative.scope()), normal);
        document.add(new Paragraph(" "));
        centred(
                document,
                t(
                        "initiatives.certificate.decision",
                        initiative.decisionNumber(),
                        VietnameseFormats.date(initiative.decisionDate())),
                normal);
        document.add(new Paragraph(" "));
        Paragraph signer = new Paragraph(initiative.decisionSigner(), bold);
        signer.setAlignment(Element.ALIGN_RIGHT);
        document.add(signer);
        document.close();
        return out.toByteArray();
    }

    private static void centred(Document document, String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        document.add(paragraph);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    private static BaseFont font(String path) {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
