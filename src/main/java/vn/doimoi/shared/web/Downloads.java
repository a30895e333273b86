package vn.doimoi.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file sent to be saved (an export, a template, a stored attachment): its type, a file name
 * that keeps its Vietnamese letters (RFC 6266 {@code filename*}), and {@code nosniff} so that a
 * browser never runs an uploaded file as something else than its declared type.
 */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {}

    public static ResponseEntity<byte[]> attachment(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /** An Excel workbook (.xlsx). */
    public static ResponseEntity<byte[]> xlsx(byte[] bytes, String filename) {
        return attachment(bytes, XLSX, filename);
    }
}
