package vn.doimoi.shared.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each module the {@link FileStore} the deployment chose with {@code doimoi.files.store}
 * (ADR 0077): {@code disk} (the default, one node: each module's folder, as always) or {@code
 * postgresql} (several nodes: every node reaches the same content). A module names its area, its
 * folder on disk and the layout of its keys; with PostgreSQL the folder is still read for content
 * kept there before the move.
 */
@Component
public class FileStores {

    /** Where the content is kept. */
    public enum Kind {
        DISK,
        POSTGRESQL
    }

    private final Kind kind;
    private final @Nullable JdbcTemplate jdbc;
    private final @Nullable TransactionTemplate transactions;
    private final Path spoolFolder;
    private final Map<String, PostgresqlFileStore> inPostgresql = new ConcurrentHashMap<>();

    @Autowired
    FileStores(
            @Value("${doimoi.files.store:disk}") String kind,
            @Value("${doimoi.files.spool-dir:${java.io.tmpdir}/doimoi-spool}") String spoolFolder,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        this(parse(kind), jdbc, new TransactionTemplate(transactionManager), Path.of(spoolFolder));
    }

    private FileStores(
            Kind kind, @Nullable JdbcTemplate jdbc, @Nullable TransactionTemplate transactions, Path spoolFolder) {
        this.kind = kind;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.spoolFolder = spoolFolder;
    }

    /** Every area on disk: for a module built outside Spring (its unit tests). */
    public static FileStores onDisk() {
        return new FileStores(Kind.DISK, null, null, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The store of one module's files; {@code name} is unique per folder and names it in the move's report. */
    public FileStore area(String name, Path diskFolder, DiskFileStore.Layout layout) {
        DiskFileStore disk = new DiskFileStore(diskFolder, layout);
        if (kind == Kind.DISK || jdbc == null || transactions == null) {
            return disk;
        }
        PostgresqlFileStore store = new PostgresqlFileStore(jdbc, transactions, disk, spoolFolder);
        inPostgresql.put(name, store);
        return store;
    }

    public Kind kind() {
        return kind;
    }

    /** The PostgreSQL stores the modules asked for, by area name, each with its folder on disk. */
    Map<String, PostgresqlFileStore> postgresqlAreas() {
        return Map.copyOf(inPostgresql);
    }

    private static Kind parse(String kind) {
        try {
            return Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("doimoi.files.store must be disk or postgresql, not " + kind, e);
        }
    }
}
