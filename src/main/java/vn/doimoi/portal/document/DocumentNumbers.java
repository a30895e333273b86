package vn.doimoi.portal.document;

import java.util.Locale;
import vn.doimoi.shared.text.VietnameseText;

/** Document numbers (số ký hiệu) such as {@code 54-CTr/TU} or {@code 42/2022/NĐ-CP}. */
final class DocumentNumbers {

    private DocumentNumbers() {}

    /** One spelling for look-up: NFC, no spaces, upper case ("54-ctr/tu" → "54-CTR/TU"). */
    static String key(String number) {
        String clean = VietnameseText.nfc(number == null ? "" : number).replaceAll("\\s+", "");
        return clean.toUpperCase(Locale.ROOT);
    }

    /** Whether the text looks like a document number rather than words. */
    static boolean looksLikeNumber(String text) {
        // "54-CTr/TU", "42/2022/NĐ-CP" — or the sequence alone ("54"), which is how people quote it
        return text != null
                && (text.strip().matches("[\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}]*\\s*[-/]\\s*[\\p{L}\\p{N}/.\\s-]+")
                        || text.strip().matches("\\d{1,6}"));
    }
}
