package vn.doimoi.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tika tells what a file is from its content; the office kind of a ZIP from its parts. */
class FileTypesTests {

    @Test
    void realFilesAreRecognisedByTheirContent() throws Exception {
        assertThat(FileTypes.detect(SampleFiles.png())).isEqualTo(FileTypes.PNG);
        assertThat(FileTypes.detect(SampleFiles.jpeg())).isEqualTo(FileTypes.JPEG);
        assertThat(FileTypes.detect(SampleFiles.pdf())).isEqualTo(FileTypes.PDF);
        assertThat(FileTypes.detect(SampleFiles.docx())).isEqualTo(FileTypes.DOCX);
        assertThat(FileTypes.detect(SampleFiles.xlsx())).isEqualTo(FileTypes.XLSX);
    }

    @Test
    void programsScriptsAndNothingAreNoDocument() {
        assertThat(FileTypes.detect(SampleFiles.exe())).isNotIn(FileTypes.PDF, FileTypes.UNKNOWN);
        assertThat(FileTypes.isOneOf(FileTypes.detect(SampleFiles.exe()), Set.of(FileTypes.PDF, FileTypes.ZIP)))
                .isFalse();
        assertThat(FileTypes.detect("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(FileTypes.PDF);
        assertThat(FileTypes.detect(new byte[0])).isEqualTo(FileTypes.UNKNOWN);
    }

    @Test
    void aSpecialisationIsAcceptedWhereItsFamilyIs() throws Exception {
        assertThat(FileTypes.isOneOf(FileTypes.detect(SampleFiles.docx()), Set.of(FileTypes.ZIP)))
                .isTrue();
        assertThat(FileTypes.isOneOf("application/msword", Set.of(FileTypes.OLE2)))
                .isTrue();
        assertThat(FileTypes.isOneOf(FileTypes.PDF, Set.of(FileTypes.PNG))).isFalse();
    }

    @Test
    void extensionsAreTheUsualOnes() {
        assertThat(FileTypes.extension(FileTypes.JPEG)).isEqualTo("jpg");
        assertThat(FileTypes.extension(FileTypes.PNG)).isEqualTo("png");
        assertThat(FileTypes.extension(FileTypes.GIF)).isEqualTo("gif");
        assertThat(FileTypes.extension(FileTypes.WEBP)).isEqualTo("webp");
    }
}
