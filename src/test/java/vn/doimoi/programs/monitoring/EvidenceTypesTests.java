package vn.doimoi.programs.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.doimoi.shared.files.SampleFiles;

/** Evidence is accepted by what the file contains, not by its name. */
class EvidenceTypesTests {

    @Test
    void aPdfIsRecognisedByItsContent() {
        assertThat(EvidenceTypes.detect("bao-cao.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("application/pdf");
    }

    @Test
    void aScriptNamedLikeAPdfIsRefused() {
        assertThat(EvidenceTypes.detect("bao-cao.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    @Test
    void theFileNameLosesItsPath() {
        assertThat(EvidenceTypes.safeFilename("C:\\Users\\thuy\\Báo cáo quý 3.pdf"))
                .isEqualTo("Báo cáo quý 3.pdf");
        assertThat(EvidenceTypes.safeFilename("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void realPdfPicturesWordAndExcelAreAcceptedAndAProgramCalledPdfIsNot() throws Exception {
        assertThat(EvidenceTypes.detect("bao-cao.pdf", SampleFiles.pdf())).isEqualTo("application/pdf");
        assertThat(EvidenceTypes.detect("anh.png", SampleFiles.png())).isEqualTo("image/png");
        assertThat(EvidenceTypes.detect("anh.jpg", SampleFiles.jpeg())).isEqualTo("image/jpeg");
        assertThat(EvidenceTypes.detect("thuyet-minh.docx", SampleFiles.docx()))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceTypes.detect("du-toan.xlsx", SampleFiles.xlsx()))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(EvidenceTypes.detect("bao-cao.pdf", SampleFiles.exe())).isNull();
        assertThat(EvidenceTypes.detect("bao-cao.pdf", new byte[0])).isNull();
    }
}
