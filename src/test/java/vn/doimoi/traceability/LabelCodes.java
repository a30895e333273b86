package vn.doimoi.traceability;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a label sheet back as a scanner would: every picture on its first page, decoded as a QR code (ZXing). */
public final class LabelCodes {

    private LabelCodes() {}

    /** The texts of the QR codes on page 1 of the PDF. */
    public static List<String> decode(byte[] pdf) throws Exception {
        return decode(new PdfReader(pdf));
    }

    static List<String> decode(PdfReader reader) throws Exception {
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
            byte[] samples = PdfReader.getStreamBytes(stream);
            // OpenPDF keeps the PNG as 8-bit samples, grey or RGB: one or three bytes a pixel
            int components = samples.length / (width * height);
            int[] pixels = new int[width * height];
            for (int i = 0; i < pixels.length; i++) {
                int value = samples[i * components] & 0xFF;
                pixels[i] = 0xFF000000 | value << 16 | value << 8 | value;
            }
            LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
            codes.add(new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.PURE_BARCODE, true))
                    .getText());
        }
        return codes;
    }
}
