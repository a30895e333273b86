package vn.doimoi.directory;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the S&T field classification (Circular 24/2025/TT-BKHCN): a field (1 digit), a
 * sector (3 digits), a major (5) or a sub-field (7).
 */
public record FieldCode(
        String code,
        @Nullable String parentCode,
        int level,
        String nameVi,
        @Nullable String nameEn) {

    /** The name in the reader's language, Vietnamese when there is no English one. */
    public String name(String language) {
        return "en".equals(language) && nameEn != null ? nameEn : nameVi;
    }

    /** "40101 Trồng lúa" style label. */
    public String label(String language) {
        return code + " " + name(language);
    }
}
