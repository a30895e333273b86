package vn.doimoi.portal.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an attachment really is, from its content (never its name or the browser's declared type),
 * as the shared detector ({@link vn.doimoi.shared.files.FileTypes}, Apache Tika) tells it: PDF,
 * Word and Excel (OOXML, or the old formats as one OLE2 file), OpenDocument, PNG and JPEG.
 * Anything else is refused.
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

    /** Each type by the detected media type it stands for (OLE2: the whole 97–2003 family). */
    private static final Map<String, FileType> BY_DETECTED = detected();

    /** The detected media types an attachment may have. */
    static final Set<String> ACCEPTED = BY_DETECTED.keySet();

    private FileTypes() {}

    private static Map<String, FileType> detected() {
        Map<String, FileType> types = new LinkedHashMap<>();
        for (FileType type : new FileType[] {PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG}) {
            types.put(type.mediaType(), type);
        }
        types.put(vn.doimoi.shared.files.FileTypes.OLE2, OLE2);
        return Map.copyOf(types);
    }

    static Optional<FileType> detect(byte[] bytes) {
        return of(vn.doimoi.shared.files.FileTypes.detect(bytes));
    }

    /** The attachment type of a detected media type, if it is one. */
    static Optional<FileType> of(String detected) {
        return BY_DETECTED.entrySet().stream()
                .filter(entry -> vn.doimoi.shared.files.FileTypes.isA(detected, entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
