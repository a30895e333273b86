package vn.doimoi.traceability.epcis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Collects the violations of one document, each at a JSON pointer below a base. */
final class Violations {

    private final List<EpcisViolation> found = new ArrayList<>();

    void add(String pointer, String code, String vietnamese, String english) {
        found.add(new EpcisViolation(pointer, code, vietnamese, english));
    }

    /** Whether the field is present and an array; present and anything else is a violation. */
    boolean isArray(@Nullable JsonNode node, String pointer) {
        if (node == null) {
            return false;
        }
        if (!node.isArray()) {
            add(pointer, "array.expected", "Trường này phải là một mảng.", "This field must be an array.");
            return false;
        }
        return true;
    }

    List<EpcisViolation> list() {
        return List.copyOf(found);
    }

    /** Whether the node is a string of this form. */
    static boolean matches(@Nullable JsonNode node, Pattern pattern) {
        return node != null
                && node.isString()
                && pattern.matcher(node.stringValue()).matches();
    }

    /** A pointer segment, escaped as RFC 6901 says ({@code ~} and {@code /}). */
    static String segment(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
