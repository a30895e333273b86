package vn.doimoi.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which office document a ZIP is, from the names of its parts: tika-core recognises the container
 * but tells Word from Excel only with tika-parser-microsoft-module, which would bring a second
 * copy of half of POI. Entries are streamed, never extracted, and at most 2,000 are looked at.
 */
final class OfficeContainers {

    private static final int MAX_ENTRIES = 2000;

    private OfficeContainers() {}

    static Optional<String> kind(InputStream content) {
        try (ZipInputStream zip = new ZipInputStream(content)) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ENTRIES) {
                Optional<String> kind = kind(entry.getName(), zip);
                if (kind.isPresent()) {
                    return kind;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> kind(String name, ZipInputStream zip) throws IOException {
        if (name.startsWith("word/")) {
            return Optional.of(FileTypes.DOCX);
        }
        if (name.startsWith("xl/")) {
            return Optional.of(FileTypes.XLSX);
        }
        if (name.startsWith("ppt/")) {
            return Optional.of(FileTypes.PPTX);
        }
        if (name.equals("mimetype")) {
            String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
            if (declared.equals(FileTypes.ODT) || declared.equals(FileTypes.ODS) || declared.equals(FileTypes.ODP)) {
                return Optional.of(declared);
            }
        }
        return Optional.empty();
    }
}
