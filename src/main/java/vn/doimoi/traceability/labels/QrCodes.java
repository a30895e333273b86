package vn.doimoi.traceability.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes (ISO/IEC 18004, TCVN 7322) of Digital Link URIs, drawn by ZXing: error correction M
 * (15 %, what GS1 recommends for a label that may be scuffed), a quiet zone of four modules, and
 * each module a whole number of pixels so the code stays sharp when the PDF scales it.
 */
public final class QrCodes {

    /** Modules of quiet zone on each side, as ISO/IEC 18004 asks. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {}

    /** The code's modules, with the quiet zone. */
    public static BitMatrix matrix(String uri) {
        try {
            return new QRCodeWriter()
                    .encode(
                            uri,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE,
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("not encodable as a QR code: " + uri, e);
        }
    }

    /** The code as a greyscale picture, {@code pixelsPerModule} pixels to a module. */
    public static BufferedImage image(String uri, int pixelsPerModule) {
        BitMatrix matrix = matrix(uri);
        int size = matrix.getWidth() * pixelsPerModule;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, matrix.get(x / pixelsPerModule, y / pixelsPerModule) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    /** The code as PNG bytes. */
    public static byte[] png(String uri, int pixelsPerModule) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(uri, pixelsPerModule), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
