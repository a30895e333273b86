package vn.doimoi.traceability.web;

import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.NewProduct;

/** The product form (ADR 0038); {@code rowVersion} is the version the editor read. */
public record ProductForm(
        @Nullable String gtin,
        @Nullable String name,
        @Nullable String description,
        @Nullable String standards,
        @Nullable Long rowVersion) {

    static ProductForm empty() {
        return new ProductForm(null, null, null, null, null);
    }

    NewProduct product() {
        return new NewProduct(gtin == null ? "" : gtin, name == null ? "" : name, description, standards);
    }
}
