package vn.doimoi.projects.support;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.FileTypes;

/**
 * Every file uploaded in part 2 (acceptance evidence, result files, software and data) is
 * checked before it is stored: its size, and that its content (as Apache Tika reads it), its name's
 * extension and its declared content type agree on one of the accepted kinds. A renamed
 * executable or an HTML page called {@code .pdf} is refused with a Vietnamese message.
 */
public final class UploadCheck {

    /** The accepted kinds, each with its detected family, extensions and content types. */
    enum Kind {
        PDF(FileTypes.PDF, Set.of("pdf"), Set.of("application/pdf")),
        PNG(FileTypes.PNG, Set.of("png"), Set.of("image/png")),
        JPEG(FileTypes.JPEG, Set.of("jpg", "jpeg"), Set.of("image/jpeg", "image/pjpeg")),
        GIF(FileTypes.GIF, Set.of("gif"), Set.of("image/gif")),
        WEBP(FileTypes.WEBP, Set.of("webp"), Set.of("image/webp")),
        /** Word, Excel, PowerPoint 97–2003 (OLE2 compound file). */
        OFFICE_LEGACY(
                FileTypes.OLE2,
                Set.of("doc", "xls", "ppt"),
                Set.of("application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint")),
        /** Office Open XML and OpenDocument, zip containers; and zip archives of software or data. */
        ZIP(
                FileTypes.ZIP,
                Set.of("docx", "xlsx", "pptx", "odt", "ods", "odp", "zip"),
                Set.of(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        "application/vnd.oasis.opendocument.text",
                        "application/vnd.oasis.opendocument.spreadsheet",
                        "application/vnd.oasis.opendocument.presentation",
                        "application/zip",
                        "application/x-zip-compressed")),
        /** gzip archives (.tar.gz, .tgz) of software source or data. */
        GZIP(
                FileTypes.GZIP,
                Set.of("gz", "tgz"),
                Set.of("application/gzip", "application/x-gzip", "application/x-tar"));

        /** The media type (Tika's name) whose content, or any specialisation of it, is this kind. */
        private final String family;

        private final Set<String> extensions;
        private final Set<String> contentTypes;

        Kind(String family, Set<String> extensions, Set<String> contentTypes) {
            this.family = family;
            this.extensions = extensions;
            this.contentTypes = contentTypes;
        }
    }

    /** Content types browsers send when they do not know better; the bytes decide then. */
    private static final Set<String> GENERIC = Set.of("application/octet-stream", "binary/octet-stream", "");

    private UploadCheck() {}

    /** The kind of an accepted file; throws a 413 or 415 {@link DomainException} otherwise. */
    public static Kind verify(String filename, @Nullable String contentType, byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw DomainException.tooLarge("execution.error.fileTooLarge", filename, maxBytes / (1024 * 1024));
        }
        Kind kind = sniff(bytes);
        if (kind == null) {
            throw DomainException.unsupportedType("execution.error.fileType", filename);
        }
        String extension = extension(filename);
        if (!kind.extensions.contains(extension)) {
            throw DomainException.unsupportedType("execution.error.fileMismatch", filename);
        }
        String declared =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!GENERIC.contains(declared) && !kind.contentTypes.contains(declared)) {
            throw DomainException.unsupportedType("execution.error.fileMismatch", filename);
        }
        return kind;
    }

    /** The kind the content is, as Tika tells it; null for anything not accepted. */
    static @Nullable Kind sniff(byte[] bytes) {
        String type = FileTypes.detect(bytes);
        for (Kind kind : Kind.values()) {
            if (FileTypes.isA(type, kind.family)) {
                return kind;
            }
        }
        return null;
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
