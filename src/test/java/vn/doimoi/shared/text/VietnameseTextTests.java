package vn.doimoi.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void slugsVietnameseTitles() {
        assertThat(VietnameseText.slug("Đổi mới sáng tạo")).isEqualTo("doi-moi-sang-tao");
        assertThat(VietnameseText.slug("  Chương trình 54-CTr/TU: phát triển KH&CN!  "))
                .isEqualTo("chuong-trinh-54-ctr-tu-phat-trien-kh-cn");
    }

    @Test
    void foldsMarksAndTheLetterDToPlainLetters() {
        assertThat(VietnameseText.fold("Đổi Mới")).isEqualTo("doi moi");
        assertThat(VietnameseText.fold("Khoa học và Công nghệ")).isEqualTo("khoa hoc va cong nghe");
    }

    @Test
    void storesDecomposedTextAsNfc() {
        // given "học" typed on a keyboard that sends o + combining dot below
        String decomposed = Normalizer.normalize("học", Normalizer.Form.NFD);
        assertThat(decomposed).hasSize(4);

        // when
        String clean = VietnameseText.clean("  khoa   " + decomposed + " ");

        // then
        assertThat(clean).isEqualTo("khoa học").hasSize(8);
    }

    @Test
    void tellsTextWithDiacriticsFromPlainText() {
        assertThat(VietnameseText.hasDiacritics("khoa hoc")).isFalse();
        assertThat(VietnameseText.hasDiacritics("khoa học")).isTrue();
        assertThat(VietnameseText.hasDiacritics("Đa")).isTrue();
    }
}
