package vn.doimoi.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The move of files kept on disk into PostgreSQL (ADR 0077), a command-line mode: {@code java -jar
 * doimoi.jar --doimoi.files.store=postgresql --doimoi.files.move-to-postgresql=true
 * --spring.main.web-application-type=none}. It copies every file of every module's folder whose
 * content PostgreSQL does not have yet, checking that the name is the content's SHA-256, logs its
 * progress, and exits (status 1 when a file did not match its name). The folders are left as they
 * are: they are deleted by the administrator once the nodes run on PostgreSQL. Running it twice
 * copies nothing twice.
 */
@Component
class FilesIntoPostgresql implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FilesIntoPostgresql.class);
    private static final int REPORT_EVERY = 100;

    /** What the move did: files copied, already there, not a key of the folder, and not matching their name. */
    record Report(int moved, int alreadyThere, int skipped, List<Path> mismatched) {}

    private final FileStores stores;
    private final boolean enabled;
    private final ConfigurableApplicationContext context;

    FilesIntoPostgresql(
            FileStores stores,
            @Value("${doimoi.files.move-to-postgresql:false}") boolean enabled,
            ConfigurableApplicationContext context) {
        this.stores = stores;
        this.enabled = enabled;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (stores.kind() != FileStores.Kind.POSTGRESQL) {
            throw new IllegalStateException("The move needs doimoi.files.store=postgresql");
        }
        Report report = moveAll();
        int status = report.mismatched().isEmpty() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Copies every area's files on disk into PostgreSQL. */
    Report moveAll() {
        int moved = 0;
        int already = 0;
        int skipped = 0;
        List<Path> mismatched = new java.util.ArrayList<>();
        Map<String, PostgresqlFileStore> areas = new TreeMap<>(stores.postgresqlAreas());
        for (Map.Entry<String, PostgresqlFileStore> area : areas.entrySet()) {
            PostgresqlFileStore store = area.getValue();
            List<Path> files = files(store.disk());
            log.info(
                    "files: {} — {} files on disk in {}",
                    area.getKey(),
                    files.size(),
                    store.disk().root());
            int done = 0;
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!store.disk().layout().isKey(name)) {
                    skipped++;
                } else {
                    SpooledContent content = read(file);
                    if (!store.disk().key(content.sha256(), content.mediaType()).equals(name)) {
                        log.warn("files: {} is not the content its name says; not moved", file);
                        mismatched.add(file);
                    } else if (store.has(content.sha256())) {
                        already++;
                    } else {
                        store.keep(content);
                        moved++;
                    }
                }
                if (++done % REPORT_EVERY == 0) {
                    log.info("files: {} — {} of {} done", area.getKey(), done, files.size());
                }
            }
            log.info("files: {} — {} of {} done", area.getKey(), done, files.size());
        }
        Report report = new Report(moved, already, skipped, List.copyOf(mismatched));
        log.info(
                "files: moved {}, already in PostgreSQL {}, not stored content {}, not matching their name {}",
                moved,
                already,
                skipped,
                mismatched.size());
        return report;
    }

    /** The folder's files, not its subfolders' (another module's, or temporary), but for the layout's own. */
    private static List<Path> files(DiskFileStore disk) {
        Path root = disk.root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        int depth = disk.layout() == DiskFileStore.Layout.BY_PREFIX ? 2 : 1;
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SpooledContent read(Path file) {
        try {
            return SpooledContent.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
