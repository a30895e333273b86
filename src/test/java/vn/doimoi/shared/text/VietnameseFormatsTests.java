package vn.doimoi.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.doimoi.shared.Money;

class VietnameseFormatsTests {

    @Test
    void printsDatesDayFirst() {
        assertThat(VietnameseFormats.date(LocalDate.of(2024, 4, 8))).isEqualTo("08/04/2024");
    }

    @Test
    void printsArticleTimesWithTheVietnameseWeekday() {
        assertThat(VietnameseFormats.weekdayDateTime(LocalDateTime.of(2024, 4, 8, 9, 15)))
                .isEqualTo("Thứ Hai, 08/04/2024 09:15");
        assertThat(VietnameseFormats.weekdayDateTime(LocalDateTime.of(2024, 4, 14, 20, 0)))
                .isEqualTo("Chủ Nhật, 14/04/2024 20:00");
    }

    @Test
    void groupsThousandsWithDotsAndDecimalsWithComma() {
        assertThat(VietnameseFormats.number(new BigDecimal("1234567.89"))).isEqualTo("1.234.567,89");
        assertThat(VietnameseFormats.number(1234567)).isEqualTo("1.234.567");
    }

    @Test
    void wholeNumbersPrintAsTheDecimalFormatPrintsThem() {
        long[] values = {
            0, 7, -7, 999, 1000, -1000, 99_999, 100_000, 1_000_000, -123_456_789, Long.MAX_VALUE, Long.MIN_VALUE
        };
        for (long value : values) {
            assertThat(VietnameseFormats.number(value))
                    .as("%d", value)
                    .isEqualTo(VietnameseFormats.number(BigDecimal.valueOf(value)));
        }
        assertThat(VietnameseFormats.number(-1234)).isEqualTo("-1.234");
    }

    @Test
    void printsMoneyInDong() {
        assertThat(VietnameseFormats.money(1234567)).isEqualTo("1.234.567 ₫");
        assertThat(Money.of(2_500_000_000L).plus(Money.of(1)).toString()).isEqualTo("2.500.000.001 ₫");
    }
}
