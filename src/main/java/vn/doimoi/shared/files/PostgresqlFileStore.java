package vn.doimoi.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link FileStore} in PostgreSQL (ADR 0077), which every node behind the proxy reaches. The
 * upload is spooled to a temporary file (hash, size and type known before anything is kept), then
 * written in chunks of {@value #CHUNK} bytes in one transaction; content already there is not
 * written again. Reading fetches one chunk at a time. Keys are those of the module's {@link
 * DiskFileStore.Layout}, and content not found in PostgreSQL is looked for in the module's folder
 * on disk, where it was kept before the move ({@link FilesIntoPostgresql}).
 */
final class PostgresqlFileStore implements FileStore {

    static final int CHUNK = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DiskFileStore disk;
    private final Path spoolFolder;

    PostgresqlFileStore(JdbcTemplate jdbc, TransactionTemplate transactions, DiskFileStore disk, Path spoolFolder) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.disk = disk;
        this.spoolFolder = spoolFolder;
    }

    @Override
    public StoredContent store(InputStream content, FileRules rules) {
        try {
            SpooledContent spooled = SpooledContent.spool(content, spoolFolder, rules);
            try {
                keep(spooled);
            } finally {
                Files.deleteIfExists(spooled.file());
            }
            return new StoredContent(
                    disk.key(spooled.sha256(), spooled.mediaType()),
                    spooled.sha256(),
                    spooled.mediaType(),
                    spooled.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Resource> find(String key) {
        if (!disk.layout().isKey(key)) {
            return Optional.empty();
        }
        String sha256 = key.substring(0, 64);
        Optional<ChunkedResource> kept = jdbc
                .query(
                        "select media_type, size, chunks, created_at from files.content where sha256 = ?",
                        (row, n) -> new ChunkedResource(
                                jdbc,
                                sha256,
                                key,
                                row.getString("media_type"),
                                row.getLong("size"),
                                row.getInt("chunks"),
                                row.getTimestamp("created_at").getTime()),
                        sha256)
                .stream()
                .findFirst();
        if (kept.isEmpty()) {
            return disk.find(key);
        }
        // a key with an extension names one type: the same content under another name is not it
        return kept.filter(resource -> disk.key(sha256, resource.mediaType()).equals(key))
                .map(Resource.class::cast);
    }

    /**
     * Writes the spooled content unless it is there already. Two nodes keeping the same content at
     * once: the second insert waits for the first transaction and then does nothing.
     */
    void keep(SpooledContent spooled) {
        int chunks = (int) ((spooled.size() + CHUNK - 1) / CHUNK);
        transactions.executeWithoutResult(status -> {
            int inserted = jdbc.update(
                    "insert into files.content (sha256, media_type, size, chunks, created_at)"
                            + " values (?, ?, ?, ?, now()) on conflict (sha256) do nothing",
                    spooled.sha256(),
                    spooled.mediaType(),
                    spooled.size(),
                    chunks);
            if (inserted == 1) {
                writeChunks(spooled.file(), spooled.sha256());
            }
        });
    }

    private void writeChunks(Path file, String sha256) {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            int read;
            while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                jdbc.update(
                        "insert into files.content_chunk (sha256, seq, data) values (?, ?, ?)",
                        sha256,
                        seq++,
                        read == CHUNK ? buffer : Arrays.copyOf(buffer, read));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether PostgreSQL has this content (the move checks before copying). */
    boolean has(String sha256) {
        Integer found =
                jdbc.queryForObject("select count(*) from files.content where sha256 = ?", Integer.class, sha256);
        return found != null && found > 0;
    }

    DiskFileStore disk() {
        return disk;
    }
}
