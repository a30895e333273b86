package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        assertThat(decodedCodes(reader)).containsExactly(URI);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text).contains("Thanh long ruột đỏ Long An").contains("(01)08936045120019(10)TL-2612-01");
    }

    @Test
    void anA4SheetHoldsTwentyFourLabelsOfTheSameCode() throws Exception {
        byte[] pdf = new LabelSheets().pdf(LABEL, LabelSize.SHEET);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        assertThat(decodedCodes(reader)).containsOnly(URI);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text.split("\\(01\\)08936045120019\\(10\\)TL-2612-01", -1)).hasSize(25);
    }

    /** Every picture on page 1, decoded as a QR code. */
    private static List<String> decodedCodes(PdfReader reader) throws Exception {
        List<String> codes = new ArrayList<>();
        PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
        PdfDictionary objects = resources.getAsDict(PdfName.XOBJECT);
        for (PdfName name : objects.getKeys()) {
            PdfObject object = PdfReader.getPdfObject(objects.get(name));
            if (!(object instanceof PRStream stream) || !PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                continue;
            }
            int width = stream.getAsNumber(PdfName.WIDTH).intValue();
            int height = stream.getAsNumber(PdfName.HEIGHT).intValue();
            byte[] grey = PdfReader.getStreamBytes(stream);
            // OpenPDF keeps the PNG as 8-bit samples, grey or RGB: one or three bytes a pixel
            int components = grey.length / (width * height);
            int[] pixels = new int[width * height];
            for (int i = 0; i < pixels.length; i++) {
                int value = grey[i * components] & 0xFF;
                pixels[i] = 0xFF000000 | value << 16 | value << 8 | value;
            }
            LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
            Result result = new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.PURE_BARCODE, true));
            codes.add(result.getText());
        }
        return codes;
    }
}
