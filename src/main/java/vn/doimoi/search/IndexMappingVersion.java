package vn.doimoi.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which version of the index mappings the local Lucene index was built with, kept in a file beside it.
 * A new field in an {@code @Indexed} mapping (e.g. {@code exact}, version 2) is absent from records
 * indexed before it, so an index of an older version is rebuilt at start like an empty one.
 * <b>Bump {@link #CURRENT} whenever a mapping gains or changes a field.</b>
 */
@Component
class IndexMappingVersion {

    /** 2: the {@code exact} keyword field (document numbers, people's and authors' names). */
    static final int CURRENT = 2;

    private static final Logger log = LoggerFactory.getLogger(IndexMappingVersion.class);

    private final Path file;

    IndexMappingVersion(@Value("${doimoi.search.index-dir:data/index}") Path indexDir) {
        this.file = indexDir.resolve("mapping-version");
    }

    boolean isCurrent() {
        try {
            return Files.exists(file)
                    && Files.readString(file, StandardCharsets.UTF_8).strip().equals(String.valueOf(CURRENT));
        } catch (IOException e) {
            return false;
        }
    }

    void markCurrent() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, CURRENT + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Could not record the index mapping version in {}", file, e);
        }
    }
}
