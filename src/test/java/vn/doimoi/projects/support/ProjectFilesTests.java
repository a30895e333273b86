package vn.doimoi.projects.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.FileStores;
import vn.doimoi.shared.files.SampleFiles;

/** Dossier files are kept by content under <files-dir>/<ab>/<sha256>, as they always were. */
class ProjectFilesTests {

    private static final long MB = 1024 * 1024;

    /** What a dossier accepts (DossierFiles.ACCEPTED). */
    private static final Set<String> ACCEPTED =
            Set.of(ProjectFiles.PDF, ProjectFiles.PNG, ProjectFiles.JPEG, ProjectFiles.DOCX, ProjectFiles.XLSX);

    @TempDir
    Path root;

    @Test
    void realPdfPicturesWordAndExcelAreKeptWhereFilesStoredBeforeAreFound() throws Exception {
        ProjectFiles files = new ProjectFiles(FileStores.onDisk(), root.toString());

        for (byte[] sample : new byte[][] {
            SampleFiles.pdf(), SampleFiles.png(), SampleFiles.jpeg(), SampleFiles.docx(), SampleFiles.xlsx()
        }) {
            StoredFile stored = files.store("tep.pdf", sample, ACCEPTED, 10 * MB);
            assertThat(root.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256()))
                    .hasBinaryContent(sample);
            assertThat(files.read(stored.sha256())).isEqualTo(sample);
        }
        assertThat(files.store("x.docx", SampleFiles.docx(), ACCEPTED, 10 * MB).contentType())
                .isEqualTo(ProjectFiles.DOCX);
    }

    @Test
    void aProgramCalledPdfAnEmptyFileAndATooLargeOneAreRefusedWithTheirMessages() {
        ProjectFiles files = new ProjectFiles(FileStores.onDisk(), root.toString());

        assertThatThrownBy(() -> files.store("qd.pdf", SampleFiles.exe(), ACCEPTED, 10 * MB))
                .hasFieldOrPropertyWithValue("messageKey", "task.file.error.type")
                .hasFieldOrPropertyWithValue("kind", DomainException.Kind.INVALID);
        assertThatThrownBy(() -> files.store("qd.pdf", new byte[0], ACCEPTED, 10 * MB))
                .hasFieldOrPropertyWithValue("messageKey", "task.file.error.empty");
        assertThatThrownBy(() -> files.store("qd.pdf", SampleFiles.pdf(), ACCEPTED, 10))
                .hasFieldOrPropertyWithValue("messageKey", "task.file.error.tooLarge");
        assertThatThrownBy(() -> files.read("0".repeat(64)))
                .hasFieldOrPropertyWithValue("messageKey", "task.file.error.missing");
    }
}
