package vn.doimoi.programs.monitoring;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Evidence files are checked by their content, not by what the browser claims. */
final class EvidenceTypes {

    private EvidenceTypes() {}

    /** The content type of an accepted file, or null when the content is not an accepted kind. */
    static @Nullable String detect(String filename, byte[] bytes) {
        String name = filename.toLowerCase(Locale.ROOT);
        if (starts(bytes, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "image/png";
        }
        if (starts(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (starts(bytes, new byte[] {'P', 'K', 3, 4})) {
            if (name.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (name.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
        }
        return null;
    }

    /** The last path segment of a browser's file name, without control characters. */
    static String safeFilename(@Nullable String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "tep-minh-chung";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean starts(byte[] bytes, byte[] prefix) {
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
