package vn.doimoi.portal.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void aVietnameseTitleBecomesAnAsciiSlug() {
        assertThat(Slugs.of("Chương trình 54-CTr/TU về phát triển KH&CN"))
                .isEqualTo("chuong-trinh-54-ctr-tu-ve-phat-trien-kh-cn");
        assertThat(Slugs.of("Đổi mới sáng tạo: hoà nhập")).isEqualTo("doi-moi-sang-tao-hoa-nhap");
    }

    @Test
    void aLongTitleIsCutAtAWordBoundary() {
        String slug =
                Slugs.of("CHƯƠNG TRÌNH CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ TIẾP TỤC PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ PHỤC VỤ "
                        + "SỰ NGHIỆP CÔNG NGHIỆP HÓA, HIỆN ĐẠI HÓA TRONG ĐIỀU KIỆN KINH TẾ THỊ TRƯỜNG");

        assertThat(slug)
                .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                .startsWith("chuong-trinh-cua-ban-thuong-vu-tinh-uy");
        assertThat(slug).doesNotEndWith("-");
    }

    @Test
    void aTakenSlugGetsANumber() {
        Set<String> taken = Set.of("tin-moi", "tin-moi-2");

        assertThat(Slugs.unique("Tin mới", taken::contains)).isEqualTo("tin-moi-3");
        assertThat(Slugs.unique("Tin cũ", taken::contains)).isEqualTo("tin-cu");
    }

    @Test
    void aTitleWithoutLettersStillHasASlug() {
        assertThat(Slugs.of("!!!")).isEqualTo("bai-viet");
    }
}
