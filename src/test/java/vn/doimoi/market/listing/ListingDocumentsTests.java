package vn.doimoi.market.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.SampleFiles;

public class ListingDocumentsTests {

    static final String OWNER = "Secret Owner Joint Stock Company";

    public static byte[] pdfWrittenBy(String author) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.addAuthor(author);
        document.addCreator(author);
        document.addTitle("Quotation of " + author);
        document.open();
        document.add(new Paragraph("Technology sheet"));
        document.close();
        return out.toByteArray();
    }

    static byte[] docxWrittenBy(String author) throws Exception {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Technology sheet");
            document.getProperties().getCoreProperties().setCreator(author);
            document.getProperties().getCoreProperties().setLastModifiedByUser(author);
            document.getProperties()
                    .getExtendedProperties()
                    .getUnderlyingProperties()
                    .setCompany(author);
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfLosesItsAuthorTitleAndXmpMetadata() throws Exception {
        byte[] original = pdfWrittenBy(OWNER);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(OWNER);

        ListingDocuments.Cleaned cleaned = ListingDocuments.clean(original);

        assertThat(cleaned.type()).isEqualTo(ListingDocuments.PDF);
        assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(OWNER);
        PdfReader reader = new PdfReader(cleaned.bytes());
        assertThat(reader.getInfo().get("Author")).isNull();
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        reader.close();
    }

    @Test
    void aWordDocumentLosesItsCreatorAndCompany() throws Exception {
        ListingDocuments.Cleaned cleaned = ListingDocuments.clean(docxWrittenBy(OWNER));

        assertThat(cleaned.type()).isEqualTo(ListingDocuments.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(cleaned.bytes()))) {
            assertThat(document.getProperties().getCoreProperties().getCreator())
                    .isNullOrEmpty();
            assertThat(document.getProperties().getCoreProperties().getLastModifiedByUser())
                    .isNullOrEmpty();
            assertThat(document.getProperties().getExtendedProperties().getCompany())
                    .isNullOrEmpty();
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Technology sheet");
        }
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> ListingDocuments.clean("<html><script>alert(1)</script>".getBytes()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("market.error.fileType"));
        assertThatThrownBy(() -> ListingDocuments.clean(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void anUploadedNameKeepsNoFolder() {
        assertThat(ListingAttachments.cleanName("C:\\Users\\abc\\Báo giá.pdf")).isEqualTo("Báo giá.pdf");
        assertThat(ListingAttachments.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ListingAttachments.cleanName(null)).isEqualTo("tep");
    }

    @Test
    void aRealSpreadsheetIsKeptAndAProgramCalledPdfIsRefused() throws Exception {
        assertThat(ListingDocuments.clean(SampleFiles.xlsx()).type()).isEqualTo(ListingDocuments.XLSX);
        assertThat(ListingDocuments.clean(SampleFiles.pdf()).type()).isEqualTo(ListingDocuments.PDF);
        assertThatThrownBy(() -> ListingDocuments.clean(SampleFiles.exe()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("market.error.fileType"));
        assertThatThrownBy(() -> ListingDocuments.clean(SampleFiles.png()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("market.error.fileType"));
    }
}
