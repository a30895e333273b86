package vn.doimoi.shared.files;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.shared.DomainException;

/**
 * Run by {@link PostgresqlFileStoreTests} in a JVM of its own with a small heap: stores a file
 * larger than that heap in PostgreSQL and reads it back, printing both SHA-256s. Arguments: JDBC
 * URL, user, password, size in bytes.
 */
final class LargeFileIntoPostgresql {

    private LargeFileIntoPostgresql() {}

    public static void main(String[] args) throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
        long size = Long.parseLong(args[3]);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        Path folder = Files.createTempDirectory("doimoi-large-file");
        PostgresqlFileStore store = new PostgresqlFileStore(
                jdbc, transactions, new DiskFileStore(folder, DiskFileStore.Layout.BY_PREFIX), folder);
        FileRules anyBinary = new FileRules(
                size, Set.of("application/octet-stream"), refusal -> DomainException.invalid("test." + refusal));

        StoredContent stored = store.store(PseudoRandomContent.of(size), anyBinary);

        Resource found = store.find(stored.key()).orElseThrow();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long read = 0;
        try (InputStream in = new DigestInputStream(found.getInputStream(), digest)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                read += n;
            }
        }
        System.out.println("stored " + stored.sha256() + " " + stored.size());
        System.out.println("read " + HexFormat.of().formatHex(digest.digest()) + " " + read);
        System.out.println("heap " + Runtime.getRuntime().maxMemory());
    }
}
