package vn.doimoi.places;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a typed place name is compared with the list: NFC, case and spacing ignored, the kind words
 * ("Tỉnh", "Thành phố") optional, and the two ways of placing a tone mark on "oa/oe/uy" ("Hoá" and
 * "Hóa") taken as one, since imports and people write both.
 */
final class PlaceNames {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[][] OLD_TONE_PLACEMENT = {
        {"oá", "óa"}, {"oà", "òa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
        {"oé", "óe"}, {"oè", "òe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
        {"uý", "úy"}, {"uỳ", "ùy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"}
    };

    private PlaceNames() {}

    static String key(String name) {
        String key = Normalizer.normalize(name, Normalizer.Form.NFC)
                .toLowerCase(VIETNAMESE)
                .replaceAll("\\s+", " ")
                .strip();
        for (String[] pair : OLD_TONE_PLACEMENT) {
            key = key.replace(pair[1], pair[0]);
        }
        for (String kind : new String[] {"tỉnh ", "thành phố "}) {
            if (key.startsWith(kind)) {
                key = key.substring(kind.length());
            }
        }
        return key;
    }
}
