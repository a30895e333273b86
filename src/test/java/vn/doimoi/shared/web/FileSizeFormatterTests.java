package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 18 #9: "15,9 KB", not "15.919 B". */
class FileSizeFormatterTests {

    @Test
    void sizesReadAsAReaderReadsThem() {
        assertThat(FileSizeFormatter.format(0)).isEqualTo("0 B");
        assertThat(FileSizeFormatter.format(812)).isEqualTo("812 B");
        assertThat(FileSizeFormatter.format(1000)).isEqualTo("1 KB");
        assertThat(FileSizeFormatter.format(15_919)).isEqualTo("15,9 KB");
        assertThat(FileSizeFormatter.format(245_000)).isEqualTo("245 KB");
        assertThat(FileSizeFormatter.format(999_990)).isEqualTo("1 MB");
        assertThat(FileSizeFormatter.format(1_234_567)).isEqualTo("1,2 MB");
        assertThat(FileSizeFormatter.format(3_400_000_000L)).isEqualTo("3,4 GB");
    }
}
