package vn.doimoi.market.listing;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Field codes of Circular 24/2025/TT-BKHCN are hierarchical by prefix: field (1 digit), sector
 * (3), major (5), sub-field (7). Closeness of two listings is the deepest level they share.
 */
public final class FieldCodes {

    private static final int[] LEVELS = {1, 3, 5, 7};

    private FieldCodes() {}

    public static Set<String> withAncestors(Collection<String> codes) {
        Set<String> all = new TreeSet<>();
        for (String code : codes) {
            for (int length : LEVELS) {
                if (code.length() >= length) {
                    all.add(code.substring(0, length));
                }
            }
        }
        return all;
    }

    /** The longest code prefix (at a level boundary) shared by any pair, or empty when none. */
    public static String deepestShared(Collection<String> left, Collection<String> right) {
        String best = "";
        for (String a : left) {
            for (String b : right) {
                for (int length : LEVELS) {
                    if (a.length() >= length
                            && b.length() >= length
                            && a.regionMatches(0, b, 0, length)
                            && length > best.length()) {
                        best = a.substring(0, length);
                    }
                }
            }
        }
        return best;
    }

    /**
     * Closeness in [0, 1]: the same sub-field or major 1, the same sector 0.6, the same field
     * 0.2, nothing in common 0.
     */
    public static double closeness(String sharedPrefix) {
        return switch (sharedPrefix.length()) {
            case 7, 5 -> 1.0;
            case 3 -> 0.6;
            case 1 -> 0.2;
            default -> 0.0;
        };
    }
}
