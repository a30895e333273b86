package vn.doimoi.traceability.consumer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.catalogue.CertificationRow;
import vn.doimoi.traceability.catalogue.ProductRow;

/**
 * What a consumer sees after scanning a code that names only the product (a GTIN without a lot, as
 * printed on a retail barcode turned Digital Link): the product, its producer and certifications.
 */
public record ProductPage(
        ProductRow product, String producer, @Nullable String producerAddress, List<CertificationRow> certifications) {}
