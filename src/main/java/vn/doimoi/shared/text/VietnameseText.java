package vn.doimoi.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Vietnamese text helpers. All stored text is NFC; folding removes tone and vowel marks and maps
 * đ to d, which is how a person types without a Vietnamese keyboard.
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+)|(-+$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {}

    /** The NFC form, with runs of white space collapsed and the ends trimmed; null stays null. */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(nfc(text)).replaceAll(" ").strip();
    }

    /** The NFC form; null stays null. */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String nfc(@Nullable String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Lower case without diacritics: "Đổi mới" → "doi moi". */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String fold(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Whether the text carries any Vietnamese mark (tone, vowel mark or đ). */
    public static boolean hasDiacritics(@Nullable String text) {
        if (text == null) {
            return false;
        }
        String lower = nfc(text).toLowerCase(VIETNAMESE);
        return !lower.equals(fold(lower));
    }

    /** A URL slug: "Đổi mới sáng tạo" → "doi-moi-sang-tao". */
    public static String slug(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String folded = fold(text);
        return EDGE_DASHES.matcher(NON_SLUG.matcher(folded).replaceAll("-")).replaceAll("");
    }
}
