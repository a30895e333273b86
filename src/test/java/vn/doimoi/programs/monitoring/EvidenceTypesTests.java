package vn.doimoi.programs.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
