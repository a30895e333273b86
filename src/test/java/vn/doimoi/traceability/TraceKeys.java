package vn.doimoi.traceability;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh GS1 keys under GS1 Vietnam's prefix for tests (each run's database may keep the last run's). */
final class TraceKeys {

    private TraceKeys() {}

    /** A new GTIN-13 893… with its check digit. */
    static String gtin() {
        String body = "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return body + mod10(body);
    }

    // until the gs1 package is merged (then CheckDigit.mod10)
    private static int mod10(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** A new GLN 893… with its check digit. */
    static String gln() {
        return gtin();
    }
}
