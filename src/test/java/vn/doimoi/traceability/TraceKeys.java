package vn.doimoi.traceability;

import java.util.concurrent.ThreadLocalRandom;
import vn.doimoi.traceability.gs1.CheckDigit;

/** Fresh GS1 keys under GS1 Vietnam's prefix for tests (each run's database may keep the last run's). */
final class TraceKeys {

    private TraceKeys() {}

    /** A new GTIN-13 893… with its check digit. */
    static String gtin() {
        String body = "893" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return body + CheckDigit.mod10(body);
    }

    /** A new GLN 893… with its check digit. */
    static String gln() {
        return gtin();
    }
}
