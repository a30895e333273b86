package vn.doimoi.portal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.doimoi.shared.files.SampleFiles;

/** Attachments are recognised by their bytes, and their download names cannot lie about it. */
class FileTypesTests {

    static byte[] zipWith(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<xml/>".getBytes());
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void pdfWordExcelAndImagesAreRecognisedByTheirContent() throws Exception {
        assertThat(FileTypes.detect("%PDF-1.7\n...".getBytes())).contains(FileTypes.PDF);
        assertThat(FileTypes.detect(zipWith("word/document.xml"))).contains(FileTypes.DOCX);
        assertThat(FileTypes.detect(zipWith("xl/workbook.xml"))).contains(FileTypes.XLSX);
        assertThat(FileTypes.detect(new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
                }))
                .contains(FileTypes.OLE2);
    }

    @Test
    void scriptsHtmlExecutablesAndPlainZipsAreRefused() throws Exception {
        assertThat(FileTypes.detect("<html><script>alert(1)</script>".getBytes()))
                .isEmpty();
        assertThat(FileTypes.detect("MZ\u0090\u0000".getBytes())).isEmpty();
        assertThat(FileTypes.detect(zipWith("payload.exe"))).isEmpty();
        assertThat(FileTypes.detect(new byte[0])).isEmpty();
    }

    @Test
    void theDownloadNameKeepsTheVietnameseNameButEndsWithTheRealType() {
        assertThat(DocumentAttachments.fileName("Chương trình 54-CTr-TU.pdf", FileTypes.PDF))
                .isEqualTo("Chương trình 54-CTr-TU.pdf");
        assertThat(DocumentAttachments.fileName("C:\\Users\\x\\ke-hoach.exe", FileTypes.PDF))
                .isEqualTo("ke-hoach.pdf");
        assertThat(DocumentAttachments.fileName("../../etc/passwd", FileTypes.PDF))
                .isEqualTo("passwd.pdf");
        assertThat(DocumentAttachments.fileName(null, FileTypes.DOCX)).isEqualTo("tep-dinh-kem.docx");
        assertThat(DocumentAttachments.fileName("bang \"tinh\".xls", FileTypes.OLE2))
                .isEqualTo("bang tinh.xls");
    }

    @Test
    void realPdfWordExcelAndPicturesAreAcceptedAndAProgramCalledPdfIsNot() throws Exception {
        assertThat(FileTypes.detect(SampleFiles.pdf())).contains(FileTypes.PDF);
        assertThat(FileTypes.detect(SampleFiles.docx())).contains(FileTypes.DOCX);
        assertThat(FileTypes.detect(SampleFiles.xlsx())).contains(FileTypes.XLSX);
        assertThat(FileTypes.detect(SampleFiles.png())).contains(FileTypes.PNG);
        assertThat(FileTypes.detect(SampleFiles.jpeg())).contains(FileTypes.JPEG);
        assertThat(FileTypes.detect(SampleFiles.exe())).isEmpty();
    }
}
