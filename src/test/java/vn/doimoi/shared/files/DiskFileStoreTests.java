package vn.doimoi.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import vn.doimoi.shared.DomainException;

/** Files are kept once by their SHA-256, read back as streams, and checked before anything is kept. */
class DiskFileStoreTests {

    private static final FileRules DOCUMENTS = new FileRules(
            64 * 1024,
            Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.DOCX, FileTypes.XLSX),
            refusal -> switch (refusal) {
                case EMPTY -> DomainException.invalid("test.empty");
                case TOO_LARGE -> DomainException.tooLarge("test.tooLarge", 64);
                case TYPE -> DomainException.unsupportedType("test.type");
            });

    @TempDir
    Path root;

    @Test
    void theSameContentIsKeptOnceUnderItsSha256() throws Exception {
        DiskFileStore store = new DiskFileStore(root, DiskFileStore.Layout.BY_PREFIX);
        byte[] pdf = SampleFiles.pdf();

        StoredContent first = store.store(new ByteArrayInputStream(pdf), DOCUMENTS);
        StoredContent second = store.store(new ByteArrayInputStream(pdf), DOCUMENTS);

        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(first).isEqualTo(second);
        assertThat(first.sha256()).isEqualTo(sha256).isEqualTo(first.key());
        assertThat(first.mediaType()).isEqualTo(FileTypes.PDF);
        assertThat(first.size()).isEqualTo(pdf.length);
        assertThat(root.resolve(sha256.substring(0, 2)).resolve(sha256)).hasBinaryContent(pdf);
        assertThat(filesUnder(root)).hasSize(1);
    }

    @Test
    void whatIsKeptIsReadBackAsAStream() throws Exception {
        DiskFileStore store = new DiskFileStore(root, DiskFileStore.Layout.FLAT);
        byte[] xlsx = SampleFiles.xlsx();

        StoredContent stored = store.store(new ByteArrayInputStream(xlsx), DOCUMENTS);

        Resource found = store.find(stored.key()).orElseThrow();
        try (InputStream in = found.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(xlsx);
        }
        assertThat(stored.mediaType()).isEqualTo(FileTypes.XLSX);
        assertThat(root.resolve(stored.sha256())).exists();
    }

    @Test
    void imagesKeepTheirExtensionInTheirName() throws Exception {
        DiskFileStore store = new DiskFileStore(root, DiskFileStore.Layout.FLAT_WITH_EXTENSION);

        StoredContent stored = store.store(new ByteArrayInputStream(SampleFiles.png()), DOCUMENTS);

        assertThat(stored.key()).isEqualTo(stored.sha256() + ".png");
        assertThat(store.find(stored.key())).isPresent();
        assertThat(store.find(stored.sha256())).isEmpty();
    }

    @Test
    void aWordDocumentIsAccepted() throws Exception {
        DiskFileStore store = new DiskFileStore(root, DiskFileStore.Layout.FLAT);

        assertThat(store.store(new ByteArrayInputStream(SampleFiles.docx()), DOCUMENTS)
                        .mediaType())
                .isEqualTo(FileTypes.DOCX);
    }

    @Test
    void aProgramCalledPdfAnEmptyFileAndATooLargeOneAreRefusedAndLeaveNothing() throws Exception {
        DiskFileStore store = new DiskFileStore(root, DiskFileStore.Layout.FLAT);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(SampleFiles.exe()), DOCUMENTS))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNSUPPORTED_TYPE));
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0]), DOCUMENTS))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("test.empty"));
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[64 * 1024 + 1]), DOCUMENTS))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_LARGE));
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void namesThatAreNotKeysFindNothing() {
        DiskFileStore store = new DiskFileStore(root, DiskFileStore.Layout.FLAT);

        assertThat(store.find("../../etc/passwd")).isEmpty();
        assertThat(store.find("a".repeat(64))).isEmpty();
    }

    private static java.util.List<Path> filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
