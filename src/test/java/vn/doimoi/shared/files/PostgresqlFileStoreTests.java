package vn.doimoi.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.shared.DomainException;

/**
 * Issue 23 (ADR 0077): files kept in the real PostgreSQL, where every node finds them; content
 * kept once by its SHA-256, streamed in chunks both ways, and files already on disk moved in.
 */
@DoimoiSpringTest
class PostgresqlFileStoreTests {

    private static final FileRules DOCUMENTS =
            new FileRules(64 * 1024, Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG), refusal -> switch (refusal) {
                case EMPTY -> DomainException.invalid("test.empty");
                case TOO_LARGE -> DomainException.tooLarge("test.tooLarge", 64);
                case TYPE -> DomainException.unsupportedType("test.type");
            });

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSources;

    @TempDir
    Path folder;

    @Test
    void contentStoredByOneNodeIsFoundByAnotherOnceBySha256() throws Exception {
        // given two nodes, each with its own (empty) folder, on one database
        FileStore nodeA = stores().area("test-a", folder.resolve("a"), DiskFileStore.Layout.BY_PREFIX);
        FileStore nodeB = stores().area("test-b", folder.resolve("b"), DiskFileStore.Layout.BY_PREFIX);
        byte[] pdf = SampleFiles.pdf();

        // when node A keeps a PDF twice
        StoredContent first = nodeA.store(new ByteArrayInputStream(pdf), DOCUMENTS);
        StoredContent second = nodeA.store(new ByteArrayInputStream(pdf), DOCUMENTS);

        // then node B reads it back, the same bytes, and the content is kept once, nothing on disk
        assertThat(second).isEqualTo(first);
        assertThat(first.mediaType()).isEqualTo(FileTypes.PDF);
        Resource found = nodeB.find(first.key()).orElseThrow();
        try (InputStream in = found.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(found.contentLength()).isEqualTo(pdf.length);
        assertThat(jdbc.queryForObject(
                        "select count(*) from files.content_chunk where sha256 = ?", Integer.class, first.sha256()))
                .isEqualTo(1);
        assertThat(folder.resolve("a")).doesNotExist();
    }

    @Test
    void refusedUploadLeavesNothingAndStrangeKeysFindNothing() {
        FileStore store = stores().area("test-refused", folder, DiskFileStore.Layout.FLAT_WITH_EXTENSION);
        long before = jdbc.queryForObject("select count(*) from files.content", Long.class);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream("<html>".getBytes()), DOCUMENTS))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("test.type");
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0]), DOCUMENTS))
                .hasMessageContaining("test.empty");

        assertThat(jdbc.queryForObject("select count(*) from files.content", Long.class))
                .isEqualTo(before);
        assertThat(store.find("../../etc/passwd")).isEmpty();
        assertThat(store.find("a".repeat(64) + ".png")).isEmpty();
    }

    @Test
    void imageKeyWithAnotherExtensionIsNotTheImage() throws Exception {
        FileStore images = stores().area("test-images", folder, DiskFileStore.Layout.FLAT_WITH_EXTENSION);
        StoredContent png = images.store(new ByteArrayInputStream(SampleFiles.png()), DOCUMENTS);

        assertThat(png.key()).endsWith(".png");
        assertThat(images.find(png.key())).isPresent();
        assertThat(images.find(png.sha256() + ".jpg")).isEmpty();
    }

    @Test
    void filesKeptOnDiskBeforeAreReadThereAndMovedInOnce() throws Exception {
        // given a module's folder with a file kept on disk (one node, before the switch), and a stray file
        Path disk = folder.resolve("before");
        StoredContent old = new DiskFileStore(disk, DiskFileStore.Layout.BY_PREFIX)
                .store(new ByteArrayInputStream(SampleFiles.png()), DOCUMENTS);
        Files.writeString(disk.resolve("notes.txt"), "not stored content");
        jdbc.update("delete from files.content where sha256 = ?", old.sha256());
        FileStores stores = stores();
        FileStore store = stores.area("test-move", disk, DiskFileStore.Layout.BY_PREFIX);

        // then before the move the file is still found, on disk
        assertThat(store.find(old.key())).isPresent();

        // when the move runs, twice
        FilesIntoPostgresql mover = new FilesIntoPostgresql(stores, true, null);
        FilesIntoPostgresql.Report first = mover.moveAll();
        FilesIntoPostgresql.Report second = mover.moveAll();

        // then the file is in PostgreSQL once, found with the disk gone, and the stray file is left alone
        assertThat(first.moved()).isEqualTo(1);
        assertThat(first.skipped()).isEqualTo(1);
        assertThat(first.mismatched()).isEmpty();
        assertThat(second.moved()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(1);
        Files.delete(disk.resolve(old.key().substring(0, 2)).resolve(old.key()));
        try (InputStream in = store.find(old.key()).orElseThrow().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(SampleFiles.png());
        }
    }

    @Test
    void fileTwiceTheSizeOfTheHeapIsStoredAndReadBackInAJvmWithThatHeap() throws Exception {
        // given a JVM allowed 64 MiB of heap, and content of 128 MiB that is never whole anywhere
        HikariDataSource dataSource = dataSources.unwrap(HikariDataSource.class);
        long size = 128L * 1024 * 1024;
        String expected = sha256Of(size);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder child = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeFileIntoPostgresql.class.getName(),
                        dataSource.getJdbcUrl(),
                        dataSource.getUsername(),
                        dataSource.getPassword() == null ? "" : dataSource.getPassword(),
                        Long.toString(size)))
                .redirectErrorStream(true);

        // when it stores the content in PostgreSQL and reads it back
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        // then it did not run out of memory, and what came back is what went in
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("stored " + expected + " " + size).contains("read " + expected + " " + size);
        assertThat(jdbc.queryForObject(
                        "select max(octet_length(data)) from files.content_chunk where sha256 = ?",
                        Integer.class,
                        expected))
                .isEqualTo(PostgresqlFileStore.CHUNK);
        jdbc.update("delete from files.content where sha256 = ?", expected);
    }

    private FileStores stores() {
        return new FileStores("postgresql", folder.resolve("spool").toString(), jdbc, transactions);
    }

    private static String sha256Of(long size) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        try (InputStream in = new java.security.DigestInputStream(PseudoRandomContent.of(size), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }
}
