package vn.doimoi.traceability;

import org.jspecify.annotations.Nullable;

/**
 * A product an enterprise registers (or edits).
 *
 * @param gtin its GTIN (8, 12, 13 or 14 digits with a valid check digit) under a Vietnamese GS1 prefix (893)
 * @param standards the standards applied (VietGAP, TCVN …), shown to consumers as Circular 02/2024 asks
 */
public record NewProduct(
        String gtin,
        String name,
        @Nullable String description,
        @Nullable String standards) {}
