package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileSizeTests {

    @Test
    void sizesReadTheVietnameseWay() {
        assertThat(FileSize.of(830)).isEqualTo("830 B");
        assertThat(FileSize.of(15_919)).isEqualTo("15,9 KB");
        assertThat(FileSize.of(16_000)).isEqualTo("16 KB");
        assertThat(FileSize.of(2_400_000)).isEqualTo("2,4 MB");
    }
}
