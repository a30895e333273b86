package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class DownloadsTests {

    @Test
    void aVietnameseFileNameArrivesWithItsLettersAndTheTypeIsNeverSniffed() {
        var response = Downloads.attachment(new byte[] {1, 2, 3}, MediaType.APPLICATION_PDF, "Biên bản nghiệm thu.pdf");

        ContentDisposition disposition =
                ContentDisposition.parse(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("Biên bản nghiệm thu.pdf");
        assertThat(disposition.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getBody()).containsExactly(1, 2, 3);
    }

    @Test
    void aWorkbookIsSentAsExcel() {
        var response = Downloads.xlsx(new byte[0], "to-chuc-khcn.xlsx");

        assertThat(response.getHeaders().getContentType())
                .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ContentDisposition.parse(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                        .getFilename())
                .isEqualTo("to-chuc-khcn.xlsx");
    }
}
