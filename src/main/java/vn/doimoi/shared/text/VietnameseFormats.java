package vn.doimoi.shared.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates and numbers the Vietnamese way: 08/04/2024, 1.234.567,89 and 1.234.567 ₫. */
public final class VietnameseFormats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final String[] WEEKDAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"
    };

    private VietnameseFormats() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /** As portals print an article's time: "Thứ Hai, 08/04/2024 09:15". */
    public static String weekdayDateTime(LocalDateTime dateTime) {
        if (dateTime == null) {
            return "";
        }
        return weekday(dateTime.getDayOfWeek()) + ", " + DATE_TIME.format(dateTime);
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** 1234567.89 → "1.234.567,89"; whole numbers print without decimals. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols());
        return format.format(value);
    }

    /** 1234567 → "1.234.567", without a formatter: the portal prints counts on every page view. */
    public static String number(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int length = digits.length() - sign;
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        out.append(digits, 0, sign);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(sign + i));
        }
        return out.toString();
    }

    /** 1234567 → "1.234.567 ₫" (đồng have no minor unit in use). */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols());
        return format.format(amount) + " ₫";
    }

    public static String money(long amount) {
        return money(BigDecimal.valueOf(amount));
    }

    /** Built once: DecimalFormat copies them, and building them is slow. */
    private static final DecimalFormatSymbols SYMBOLS = vietnameseSymbols();

    private static DecimalFormatSymbols symbols() {
        return SYMBOLS;
    }

    private static DecimalFormatSymbols vietnameseSymbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VietnameseText.VIETNAMESE);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return symbols;
    }
}
