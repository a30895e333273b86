package vn.doimoi.programs.monitoring;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.files.FileTypes;

/** Evidence files are checked by their content, not by what the browser claims. */
final class EvidenceTypes {

    private EvidenceTypes() {}

    /** PDF, pictures, Word and Excel, as the shared detector (Tika) tells them from the content. */
    static final Set<String> ACCEPTED =
            Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG, FileTypes.DOCX, FileTypes.XLSX);

    /**
     * The content type of an accepted file, or null when the content is not an accepted kind; the
     * name plays no part (a program called {@code .pdf} stays a program).
     */
    static @Nullable String detect(String filename, byte[] bytes) {
        String type = FileTypes.detect(bytes);
        return ACCEPTED.contains(type) ? type : null;
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
}
