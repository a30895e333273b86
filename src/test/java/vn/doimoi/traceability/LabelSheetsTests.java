package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import vn.doimoi.traceability.labels.LabelSheets;
import vn.doimoi.traceability.labels.LabelSize;

/**
 * A label sheet's QR code is read back by a QR decoder from the picture inside the PDF and gives
 * the lot's Digital Link URI; the human-readable text and the product name are on the page.
 */
class LabelSheetsTests {

    private static final String URI = "https://doimoi.example.gov.vn/01/08936045120019/10/TL-2612-01";
    private static final LabelSheets.Label LABEL =
            new LabelSheets.Label(URI, "(01)08936045120019(10)TL-2612-01", "Thanh long ruột đỏ Long An");

    @Test
    void theCodeOnARollLabelDecodesToTheLotsDigitalLink() throws Exception {
        byte[] pdf = new LabelSheets().pdf(LABEL, LabelSize.SINGLE);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        // 50 × 30 mm
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(141.7f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(reader.getPageSize(1).getHeight()).isCloseTo(85.0f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(LabelCodes.decode(reader)).containsExactly(URI);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text).contains("Thanh long ruột đỏ Long An").contains("(01)08936045120019(10)TL-2612-01");
    }

    @Test
    void anA4SheetHoldsTwentyFourLabelsOfTheSameCode() throws Exception {
        byte[] pdf = new LabelSheets().pdf(LABEL, LabelSize.SHEET);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        assertThat(LabelCodes.decode(reader)).containsOnly(URI);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text.split("\\(01\\)08936045120019\\(10\\)TL-2612-01", -1)).hasSize(25);
    }
}
