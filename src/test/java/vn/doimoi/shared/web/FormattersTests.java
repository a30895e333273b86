package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.doimoi.shared.Money;

/** The one reading of money and dates every form shares (ADR 0038). */
class FormattersTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void moneyIsReadTheVietnameseWayOrAsPlainDigits() throws Exception {
        MoneyFormatter money = new MoneyFormatter();

        assertThat(money.parse("1.234.567", VI)).isEqualTo(Money.of(1_234_567));
        assertThat(money.parse("1 234 567 ₫", VI)).isEqualTo(Money.of(1_234_567));
        assertThat(money.parse("1234567", VI)).isEqualTo(Money.of(1_234_567));
        assertThat(money.print(Money.of(1_234_567), VI)).isEqualTo("1234567");
    }

    @Test
    void textThatIsNotMoneyIsRefused() {
        MoneyFormatter money = new MoneyFormatter();

        assertThatThrownBy(() -> money.parse("một tỷ", VI)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> money.parse("-5", VI)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> money.parse("1,5", VI)).isInstanceOf(ParseException.class);
        assertThat(MoneyFormatter.amount("")).isNull();
        assertThat(MoneyFormatter.amount("1.500.000.000")).isEqualTo(new BigDecimal("1500000000"));
    }

    @Test
    void datesAreReadAsIsoOrDayMonthYear() throws Exception {
        DateFormatter dates = new DateFormatter();

        assertThat(dates.parse("2026-12-31", VI)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(dates.parse("31/12/2026", VI)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(dates.print(LocalDate.of(2026, 1, 2), VI)).isEqualTo("2026-01-02");
    }

    @Test
    void aDayThatDoesNotExistIsRefused() {
        DateFormatter dates = new DateFormatter();

        assertThatThrownBy(() -> dates.parse("31/02/2026", VI)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> dates.parse("2026-02-31", VI)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> dates.parse("hôm qua", VI)).isInstanceOf(ParseException.class);
    }
}
