package vn.doimoi.projects;

import java.util.List;
import java.util.UUID;

/**
 * A product of an approved task as it was ordered. Its id is the one thread that the contract,
 * acceptance and result registration refer to, so that a product is never typed in twice.
 */
public record ApprovedProduct(UUID productId, String name, String quantity, List<ProductSpec> specs) {

    public ApprovedProduct {
        specs = List.copyOf(specs);
    }
}
