package vn.doimoi.projects.execution;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.doimoi.projects.acceptance.Acceptance;
import vn.doimoi.projects.execution.ExecutionViews.ProductView;

/** A task's ordered products with what the acceptance council assessed of each (if it did). */
public final class ProductViews {

    private ProductViews() {}

    public static List<ProductView> of(ExecutionTask task, Map<UUID, Acceptance.ProductAssessment> assessed) {
        return task.products().stream()
                .map(p -> {
                    Acceptance.ProductAssessment a = assessed.get(p.id());
                    return new ProductView(
                            p.id(),
                            p.name(),
                            p.quantity(),
                            p.specs(),
                            a == null ? null : a.quantity(),
                            a == null ? null : a.volume(),
                            a == null ? null : a.quality());
                })
                .toList();
    }
}
