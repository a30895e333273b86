package vn.doimoi.projects.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * Every file uploaded in part 2 (acceptance evidence, result files, software and data) is
 * checked before it is stored: its size, and that its first bytes ("magic bytes"), its name's
 * extension and its declared content type agree on one of the accepted kinds. A renamed
 * executable or an HTML page called {@code .pdf} is refused with a Vietnamese message.
 */
public final class UploadCheck {

    /** The accepted kinds, each with its magic bytes, extensions and content types. */
    enum Kind {
        PDF(Set.of("pdf"), Set.of("application/pdf")),
        PNG(Set.of("png"), Set.of("image/png")),
        JPEG(Set.of("jpg", "jpeg"), Set.of("image/jpeg", "image/pjpeg")),
        GIF(Set.of("gif"), Set.of("image/gif")),
        WEBP(Set.of("webp"), Set.of("image/webp")),
        /** Word, Excel, PowerPoint 97–2003 (OLE2 compound file). */
        OFFICE_LEGACY(
                Set.of("doc", "xls", "ppt"),
                Set.of("application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint")),
        /** Office Open XML and OpenDocument, zip containers; and zip archives of software or data. */
        ZIP(
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
        GZIP(Set.of("gz", "tgz"), Set.of("application/gzip", "application/x-gzip", "application/x-tar"));

        private final Set<String> extensions;
        private final Set<String> contentTypes;

        Kind(Set<String> extensions, Set<String> contentTypes) {
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

    static @Nullable Kind sniff(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.PDF;
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Kind.PNG;
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Kind.JPEG;
        }
        if (starts(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || starts(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.GIF;
        }
        if (b.length >= 12
                && starts(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.WEBP;
        }
        if (starts(
                b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                })) {
            return Kind.OFFICE_LEGACY;
        }
        if (starts(b, new byte[] {'P', 'K', 0x03, 0x04}) || starts(b, new byte[] {'P', 'K', 0x05, 0x06})) {
            return Kind.ZIP;
        }
        if (starts(b, new byte[] {0x1F, (byte) 0x8B})) {
            return Kind.GZIP;
        }
        return null;
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }
}
