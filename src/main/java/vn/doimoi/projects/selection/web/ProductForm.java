package vn.doimoi.projects.selection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.shared.DomainException;

/**
 * One ordered product as a form row ({@code products[0].name} …): name, quantity and its
 * specifications, one "indicator | unit | required value" a line. The call form and the
 * identification outcome share it.
 */
public class ProductForm {

    private @Nullable UUID productId;
    private String name = "";
    private String quantity = "";
    private String specs = "";

    /** The products named on a form; a row left empty orders nothing. */
    public static List<CallData.Product> ordered(List<ProductForm> rows) {
        List<CallData.Product> ordered = new ArrayList<>();
        for (ProductForm row : rows) {
            if (row != null && !row.name.isBlank()) {
                ordered.add(
                        new CallData.Product(row.productId, row.name.strip(), row.quantity.strip(), specs(row.specs)));
            }
        }
        return ordered;
    }

    /** One spec a line: "indicator | unit | required value". */
    private static List<ProductSpec> specs(String text) {
        List<ProductSpec> specs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
                throw DomainException.invalid("call.error.specFormat", line.strip());
            }
            specs.add(new ProductSpec(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return specs;
    }

    static ProductForm of(ApprovedProduct product) {
        ProductForm row = new ProductForm();
        row.productId = product.productId();
        row.name = product.name();
        row.quantity = product.quantity();
        row.specs = String.join(
                "\n",
                product.specs().stream()
                        .map(spec -> spec.indicator() + " | " + spec.unit() + " | " + spec.requiredValue())
                        .toList());
        return row;
    }

    public @Nullable UUID getProductId() {
        return productId;
    }

    public void setProductId(@Nullable UUID productId) {
        this.productId = productId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getSpecs() {
        return specs;
    }

    public void setSpecs(String specs) {
        this.specs = specs;
    }
}
