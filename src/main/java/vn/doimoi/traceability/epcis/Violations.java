package vn.doimoi.traceability.epcis;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one document, each at a JSON pointer below a base. */
final class Violations {

    private final List<EpcisViolation> found = new ArrayList<>();

    void add(String pointer, String code, String vietnamese, String english) {
        found.add(new EpcisViolation(pointer, code, vietnamese, english));
    }

    List<EpcisViolation> list() {
        return List.copyOf(found);
    }

    /** A pointer segment, escaped as RFC 6901 says ({@code ~} and {@code /}). */
    static String segment(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
