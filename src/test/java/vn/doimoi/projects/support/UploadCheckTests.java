package vn.doimoi.projects.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.doimoi.shared.files.SampleFiles;

/** Uploads are accepted by their bytes, not by what their name or browser claims. */
class UploadCheckTests {

    private static final long MB = 1024 * 1024;
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    @Test
    void aPdfAnImageAnOfficeFileAndASourceArchiveAreAccepted() {
        assertThat(UploadCheck.verify("bien-ban.pdf", "application/pdf", PDF, 20 * MB))
                .isEqualTo(UploadCheck.Kind.PDF);
        assertThat(UploadCheck.verify("anh.PNG", "image/png", PNG, 20 * MB)).isEqualTo(UploadCheck.Kind.PNG);
        assertThat(UploadCheck.verify(
                        "bao-cao.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        ZIP,
                        20 * MB))
                .isEqualTo(UploadCheck.Kind.ZIP);
        assertThat(UploadCheck.verify("ma-nguon.zip", "application/octet-stream", ZIP, 20 * MB))
                .isEqualTo(UploadCheck.Kind.ZIP);
        assertThat(UploadCheck.verify("du-lieu.tar.gz", null, new byte[] {0x1F, (byte) 0x8B, 8}, 20 * MB))
                .isEqualTo(UploadCheck.Kind.GZIP);
    }

    @Test
    void anExecutableRenamedToPdfIsRefused() {
        assertThatThrownBy(() -> UploadCheck.verify("bao-cao.pdf", "application/pdf", EXE, 20 * MB))
                .hasFieldOrPropertyWithValue("messageKey", "execution.error.fileType")
                .hasFieldOrPropertyWithValue("kind", vn.doimoi.shared.DomainException.Kind.UNSUPPORTED_TYPE);
    }

    @Test
    void aPdfNamedOrDeclaredAsSomethingElseIsRefused() {
        assertThatThrownBy(() -> UploadCheck.verify("anh.jpg", "image/jpeg", PDF, 20 * MB))
                .hasFieldOrPropertyWithValue("messageKey", "execution.error.fileMismatch");
        assertThatThrownBy(() -> UploadCheck.verify("bien-ban.pdf", "text/html", PDF, 20 * MB))
                .hasFieldOrPropertyWithValue("messageKey", "execution.error.fileMismatch");
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = new byte[(int) MB + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> UploadCheck.verify("lon.pdf", "application/pdf", big, MB))
                .hasFieldOrPropertyWithValue("messageKey", "execution.error.fileTooLarge")
                .hasFieldOrPropertyWithValue("kind", vn.doimoi.shared.DomainException.Kind.TOO_LARGE);
    }

    @Test
    void realFilesAreAcceptedByTheirContentAndAProgramCalledPdfIsNot() throws Exception {
        assertThat(UploadCheck.verify("bien-ban.pdf", "application/pdf", SampleFiles.pdf(), 20 * MB))
                .isEqualTo(UploadCheck.Kind.PDF);
        assertThat(UploadCheck.verify("anh.png", "image/png", SampleFiles.png(), 20 * MB))
                .isEqualTo(UploadCheck.Kind.PNG);
        assertThat(UploadCheck.verify("bao-cao.docx", null, SampleFiles.docx(), 20 * MB))
                .isEqualTo(UploadCheck.Kind.ZIP);
        assertThat(UploadCheck.verify("du-toan.xlsx", "application/octet-stream", SampleFiles.xlsx(), 20 * MB))
                .isEqualTo(UploadCheck.Kind.ZIP);
        assertThatThrownBy(() -> UploadCheck.verify("bao-cao.pdf", "application/pdf", SampleFiles.exe(), 20 * MB))
                .hasFieldOrPropertyWithValue("messageKey", "execution.error.fileType")
                .hasFieldOrPropertyWithValue("kind", vn.doimoi.shared.DomainException.Kind.UNSUPPORTED_TYPE);
    }
}
