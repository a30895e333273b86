package vn.doimoi.shared.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its content only (never its name or the type the browser declares), by
 * Apache Tika's magic-byte database; a ZIP is then looked into to tell Word, Excel and PowerPoint
 * apart ({@link OfficeContainers}), which tika-core leaves to its heavy parser modules (ADR 0041).
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";
    /** Word, Excel and PowerPoint 97–2003: one OLE2 compound file whatever the program. */
    public static final String OLE2 = "application/x-tika-msoffice";

    public static final String ZIP = "application/zip";
    public static final String GZIP = "application/gzip";
    public static final String UNKNOWN = "application/octet-stream";

    /** The pictures the modules take (PNG, JPEG, GIF, WebP). */
    public static final Set<String> IMAGES = Set.of(PNG, JPEG, GIF, WEBP);

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private FileTypes() {}

    /** The media type of these bytes ({@link #UNKNOWN} when nothing matches). */
    public static String detect(byte[] bytes) {
        try {
            return detect(() -> new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type of a file, reading only its first bytes (and a ZIP's list of entries). */
    public static String detect(Path file) throws IOException {
        return detect(() -> Files.newInputStream(file));
    }

    private static String detect(Content content) throws IOException {
        MediaType type;
        try (InputStream in = new BufferedInputStream(content.open())) {
            type = TYPES.detect(in, new Metadata()).getBaseType();
        }
        if (REGISTRY.isInstanceOf(type, MediaType.APPLICATION_ZIP)) {
            try (InputStream in = content.open()) {
                Optional<String> office = OfficeContainers.kind(in);
                if (office.isPresent()) {
                    return office.get();
                }
            }
        }
        return type.toString();
    }

    /** Whether the type is one of the accepted ones or a specialisation of one (a .doc of OLE2). */
    public static boolean isOneOf(String type, Set<String> accepted) {
        for (String candidate : accepted) {
            if (isA(type, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the type is {@code family} or one of its specialisations. */
    public static boolean isA(String type, String family) {
        return REGISTRY.isInstanceOf(MediaType.parse(type), MediaType.parse(family));
    }

    /** The usual extension of a type, without the dot ({@code jpg} for JPEG); empty if none. */
    public static String extension(String type) {
        try {
            String extension = TYPES.forName(type).getExtension();
            return extension.startsWith(".") ? extension.substring(1) : extension;
        } catch (MimeTypeException e) {
            return "";
        }
    }

    /** Opens the content afresh: detection may read it twice (magic bytes, then ZIP entries). */
    private interface Content {
        InputStream open() throws IOException;
    }
}
