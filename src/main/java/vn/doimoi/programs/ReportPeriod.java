package vn.doimoi.programs;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doimoi.shared.DomainException;

/**
 * A reporting period: a quarter ({@code 2026-Q3}), a half-year ({@code 2026-H1}) or a year
 * ({@code 2026}), with its first and last day.
 */
public record ReportPeriod(String code, LocalDate start, LocalDate end) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-([QH])([1-4]))?");

    /** Reads a period code; a broken code is the user's mistake (400). */
    public static ReportPeriod parse(String code) {
        Matcher matcher = CODE.matcher(code == null ? "" : code.strip());
        if (!matcher.matches()) {
            throw DomainException.invalid("programs.error.periodInvalid", String.valueOf(code));
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) == null) {
            return Recurrence.ANNUAL.periodContaining(LocalDate.of(year, 1, 1));
        }
        int index = Integer.parseInt(matcher.group(3));
        if ("H".equals(matcher.group(2))) {
            if (index > 2) {
                throw DomainException.invalid("programs.error.periodInvalid", code);
            }
            return Recurrence.HALF_YEARLY.periodContaining(LocalDate.of(year, (index - 1) * 6 + 1, 1));
        }
        return Recurrence.QUARTERLY.periodContaining(LocalDate.of(year, (index - 1) * 3 + 1, 1));
    }

    public int year() {
        return start.getYear();
    }

    /** The day the report is due: {@code daysAfterEnd} days after the period's last day. */
    public LocalDate dueOn(int daysAfterEnd) {
        return end.plusDays(daysAfterEnd);
    }

    /** The message key and argument that name this period ("Quý 3 năm 2026"). */
    public String labelKey() {
        if (code.contains("-Q")) {
            return "programs.period.quarter";
        }
        return code.contains("-H") ? "programs.period.half" : "programs.period.year";
    }

    /** The arguments of {@link #labelKey()}, as text so that years print without grouping. */
    public Object[] labelArgs() {
        return new Object[] {Integer.toString(index()), Integer.toString(year())};
    }

    /** The number of the quarter or half within the year (1 for a year). */
    public int index() {
        int dash = code.indexOf('-');
        return dash < 0 ? 1 : Integer.parseInt(code.substring(dash + 2));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
