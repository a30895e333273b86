package vn.doimoi.portal.article;

import java.util.function.Predicate;
import vn.doimoi.shared.text.VietnameseText;

/** URL slugs from Vietnamese titles, short enough for a URL and unique. */
final class Slugs {

    static final int MAX_LENGTH = 120;

    private Slugs() {}

    /** "Chương trình 54-CTr/TU" → "chuong-trinh-54-ctr-tu", cut at a word boundary. */
    static String of(String title) {
        String slug = VietnameseText.slug(title);
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int dash = slug.lastIndexOf('-');
            if (dash > MAX_LENGTH / 2) {
                slug = slug.substring(0, dash);
            }
        }
        return slug.isEmpty() ? "bai-viet" : slug;
    }

    /** The slug of the title, or with "-2", "-3" … appended while {@code taken} says it is used. */
    static String unique(String title, Predicate<String> taken) {
        String base = of(title);
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
