package vn.doimoi.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded import workbook, read by the directory's importer; no file is a report of its own. */
final class WorkbookUpload {

    private WorkbookUpload() {}

    static <R> R read(@Nullable MultipartFile file, Supplier<R> noFile, Function<InputStream, R> importer)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return noFile.get();
        }
        try (InputStream input = file.getInputStream()) {
            return importer.apply(input);
        }
    }
}
