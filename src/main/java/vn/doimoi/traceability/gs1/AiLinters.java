package vn.doimoi.traceability.gs1;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The content checks ("linters") the syntax dictionary names on a component. Only those that matter
 * for identifiers and dates are implemented; a linter this class does not know passes, so a newer
 * dictionary never refuses data we cannot judge (ADR 0059).
 */
final class AiLinters {

    private static final String CSET32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int[] PRIMES = {
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83
    };

    private AiLinters() {}

    /** Whether the component value passes the named linter. */
    static boolean passes(String linter, String value) {
        return switch (linter) {
            case "csum" -> CheckDigit.isValid(value);
            case "csumalpha" -> checkCharacterPairValid(value);
            case "zero" -> value.chars().allMatch(c -> c == '0');
            case "nonzero" -> value.chars().anyMatch(c -> c != '0');
            case "nozeroprefix" -> value.length() == 1 || value.charAt(0) != '0';
            case "yesno" -> value.equals("0") || value.equals("1");
            case "hasnondigit" -> value.chars().anyMatch(c -> c < '0' || c > '9');
            case "yymmdd" -> date(value, false);
            case "yymmd0" -> date(value, true);
            case "yyyymmdd" -> value.length() == 8 && date(value.substring(2), false);
            case "hhmi" -> value.length() == 4 && below(value.substring(0, 2), 24) && below(value.substring(2), 60);
            case "hh" -> below(value, 24);
            case "mi", "ss" -> below(value, 60);
            case "pcenc" -> percentEncodingComplete(value);
            default -> true;
        };
    }

    private static boolean below(String digits, int limit) {
        return digits.chars().allMatch(Character::isDigit) && Integer.parseInt(digits) < limit;
    }

    /** YYMMDD; with {@code dayMayBeZero} the day 00 stands for "end of month" (GS1 GenSpecs 3.4). */
    private static boolean date(String value, boolean dayMayBeZero) {
        if (value.length() != 6 || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = 2000 + Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(4));
        if (day == 0) {
            return dayMayBeZero && month >= 1 && month <= 12;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean percentEncodingComplete(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '%') {
                if (i + 2 >= value.length() || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * The GMN check character pair (GS1 GenSpecs 7.9.5): each character's CSET 82 index weighted by
     * the primes from the right, summed modulo 1021, written as two CSET 32 characters.
     */
    private static boolean checkCharacterPairValid(String value) {
        if (value.length() < 3 || value.length() - 2 > PRIMES.length) {
            return false;
        }
        String data = value.substring(0, value.length() - 2);
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int index = AiComponent.CSET82.indexOf(data.charAt(i));
            if (index < 0) {
                return false;
            }
            sum += index * PRIMES[data.length() - 1 - i];
        }
        sum %= 1021;
        return value.charAt(value.length() - 2) == CSET32.charAt(sum >> 5)
                && value.charAt(value.length() - 1) == CSET32.charAt(sum & 31);
    }
}
