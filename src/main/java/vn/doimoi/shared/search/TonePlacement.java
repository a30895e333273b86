package vn.doimoi.shared.search;

/** Old-style tone placement (hòa, khỏe, thủy) mapped to the new style (hoà, khoẻ, thuỷ). */
final class TonePlacement {

    static final String[][] PAIRS = {
        {"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
        {"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
        {"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"},
    };

    private TonePlacement() {}

    /** The text with every old-style placement moved to the new style. */
    static String toNewStyle(String text) {
        String result = text;
        for (String[] pair : PAIRS) {
            if (result.contains(pair[0])) {
                result = result.replace(pair[0], pair[1]);
            }
        }
        return result;
    }
}
