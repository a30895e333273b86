package vn.doimoi.portal.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an attachment really is, from its bytes (never its name or the browser's declared type):
 * PDF, Word and Excel (OOXML by the parts inside the ZIP, the old formats by the OLE2 header),
 * OpenDocument, PNG and JPEG. Anything else is refused.
 */
final class FileTypes {

    /** A recognised type: the media type served and the extension a download gets. */
    record FileType(String mediaType, String extension) {}

    static final FileType PDF = new FileType("application/pdf", "pdf");
    static final FileType DOCX =
            new FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
    static final FileType XLSX =
            new FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    static final FileType ODT = new FileType("application/vnd.oasis.opendocument.text", "odt");
    static final FileType ODS = new FileType("application/vnd.oasis.opendocument.spreadsheet", "ods");
    static final FileType OLE2 = new FileType("application/msword", "doc");
    static final FileType PNG = new FileType("image/png", "png");
    static final FileType JPEG = new FileType("image/jpeg", "jpg");

    private FileTypes() {}

    static Optional<FileType> detect(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes())) {
            return Optional.of(PDF);
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(
                b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                })) {
            return Optional.of(OLE2);
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            return zipType(b);
        }
        return Optional.empty();
    }

    /** An office document is a ZIP; its parts say which kind. */
    private static Optional<FileType> zipType(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                String name = entry.getName();
                if (name.startsWith("word/")) {
                    return Optional.of(DOCX);
                }
                if (name.startsWith("xl/")) {
                    return Optional.of(XLSX);
                }
                if (name.equals("mimetype")) {
                    String mime = new String(zip.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII);
                    if (mime.equals(ODT.mediaType())) {
                        return Optional.of(ODT);
                    }
                    if (mime.equals(ODS.mediaType())) {
                        return Optional.of(ODS);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
