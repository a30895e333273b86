package vn.doimoi.traceability.gs1;

import java.util.Optional;

/**
 * The GS1 mod-10 check digit shared by GTIN-8/12/13/14, GLN, SSCC, GSRN, GSIN and the numeric
 * heads of GDTI, GRAI and GCN: weights 3, 1, 3, … from the rightmost data digit.
 */
public final class CheckDigit {

    /** Why a string fails the check, as the GS1 syntax engine names it. */
    public enum Error {
        TOO_SHORT_FOR_CHECK_DIGIT,
        NON_DIGIT_CHARACTER,
        INCORRECT_CHECK_DIGIT
    }

    /** A failed check and the position of the offending character. */
    public record Lint(Error error, int position) {

        /** The data with the offending character between asterisks, as the GS1 linters mark it. */
        public String markup(String data) {
            int end = Math.min(position + 1, data.length());
            return data.substring(0, position) + "*" + data.substring(position, end) + "*" + data.substring(end);
        }
    }

    private CheckDigit() {}

    /** The check digit (0–9) for the given data digits. */
    public static int mod10(String digitsWithoutCheck) {
        int sum = 0;
        boolean three = true;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            char c = digitsWithoutCheck.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at " + i + ": " + digitsWithoutCheck);
            }
            sum += (c - '0') * (three ? 3 : 1);
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the digits end with their correct check digit. */
    public static boolean isValid(String digits) {
        return lint(digits).isEmpty();
    }

    /** What is wrong with the digits and where, or empty when the check digit is right. */
    public static Optional<Lint> lint(String digits) {
        if (digits.length() < 2) {
            return Optional.of(new Lint(Error.TOO_SHORT_FOR_CHECK_DIGIT, 0));
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of(new Lint(Error.NON_DIGIT_CHARACTER, i));
            }
        }
        int last = digits.length() - 1;
        if (mod10(digits.substring(0, last)) != digits.charAt(last) - '0') {
            return Optional.of(new Lint(Error.INCORRECT_CHECK_DIGIT, last));
        }
        return Optional.empty();
    }
}
