package vn.doimoi.projects.identification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.ProductSpec;

/** A product with its measurable specifications, as ordered; its id never changes downstream. */
@Embeddable
public class OrderedProduct {

    private int position;
    private UUID productId;
    private String name;
    private String quantity;

    @Column(columnDefinition = "text")
    private String specs;

    protected OrderedProduct() {}

    public OrderedProduct(int position, UUID productId, String name, String quantity, List<ProductSpec> specs) {
        this.position = position;
        this.productId = productId;
        this.name = name;
        this.quantity = quantity;
        this.specs = encode(specs);
    }

    public ApprovedProduct toProduct() {
        return new ApprovedProduct(productId, name, quantity, specs());
    }

    public OrderedProduct copy() {
        return new OrderedProduct(position, productId, name, quantity, specs());
    }

    int position() {
        return position;
    }

    List<ProductSpec> specs() {
        List<ProductSpec> list = new ArrayList<>();
        if (specs == null || specs.isBlank()) {
            return list;
        }
        for (String line : specs.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3) {
                list.add(new ProductSpec(parts[0], parts[1], parts[2]));
            }
        }
        return list;
    }

    private static String encode(List<ProductSpec> specs) {
        StringBuilder out = new StringBuilder();
        for (ProductSpec spec : specs) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(clean(spec.indicator()))
                    .append('\t')
                    .append(clean(spec.unit()))
                    .append('\t')
                    .append(clean(spec.requiredValue()));
        }
        return out.toString();
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
