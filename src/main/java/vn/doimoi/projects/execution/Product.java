package vn.doimoi.projects.execution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.execution.ExecutionTask.Spec;

/** An ordered product; its id is the one from the order (never a new one). */
@Entity(name = "ExecutionProduct")
@Table(schema = "projects", name = "execution_product")
public class Product {

    @Id
    private UUID id;

    private int position;
    private String name;
    private String quantity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "projects",
            name = "execution_product_spec",
            joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    private List<Spec> specs = new ArrayList<>();

    protected Product() {}

    Product(ApprovedProduct product, int position) {
        this.id = product.productId();
        this.position = position;
        this.name = product.name();
        this.quantity = product.quantity();
        for (ProductSpec spec : product.specs()) {
            specs.add(new Spec(spec.indicator(), spec.unit(), spec.requiredValue()));
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String quantity() {
        return quantity;
    }

    public List<ProductSpec> specs() {
        return specs.stream()
                .map(s -> new ProductSpec(s.indicator(), s.unit(), s.requiredValue()))
                .toList();
    }
}
