package vn.doimoi.market.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.doimoi.market.Screening;

class ScreeningListsTests {

    final ScreeningLists lists = ScreeningLists.of(ScreeningLists.shipped(LocalDate.of(2026, 12, 7)));

    @Test
    void everyEntryCitesDecree76() {
        assertThat(lists.entries())
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.source()).contains("76/2018/NĐ-CP"));
    }

    @Test
    void flagsAProhibitedTechnologyEvenWithoutDiacritics() {
        ScreeningResult result = lists.screen("Day chuyen san xuat tam lop fibro xi mang tu amiang amfibol");

        assertThat(result.level()).isEqualTo(Screening.PROHIBITED);
        assertThat(result.note()).contains("NĐ 76/2018/NĐ-CP");
    }

    @Test
    void flagsARestrictedTechnology() {
        ScreeningResult result = lists.screen("Giống lúa chuyển gen chịu mặn cho vùng Đồng Tháp Mười");

        assertThat(result.level()).isEqualTo(Screening.RESTRICTED);
        assertThat(result.note()).contains("điều 29");
    }

    @Test
    void prohibitedWinsOverRestricted() {
        ScreeningResult result = lists.screen("Công nghệ dùng thuỷ ngân và amiăng amfibol");

        assertThat(result.level()).isEqualTo(Screening.PROHIBITED);
    }

    @Test
    void anOrdinaryTechnologyIsClear() {
        ScreeningResult result = lists.screen("Hệ thống tưới nhỏ giọt điều khiển qua điện thoại cho vườn sầu riêng");

        assertThat(result.level()).isEqualTo(Screening.CLEAR);
        assertThat(result.note()).isNull();
    }
}
