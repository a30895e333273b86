package vn.doimoi.projects.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;

/** What STAFF enters for a call: the ordered task and the call's terms. Money is whole VND. */
public record CallData(
        String title,
        TaskType type,
        SelectionMethod method,
        String objectives,
        String eligibility,
        String requiredForms,
        List<String> fieldCodes,
        @Nullable UUID adopterOrganisationId,
        BigDecimal budgetCeiling,
        int durationMonths,
        LocalDate deadlineOn,
        @Nullable String orderDecision,
        List<Product> products) {

    public CallData {
        fieldCodes = List.copyOf(fieldCodes);
        products = List.copyOf(products);
    }

    /** An ordered product; a null id gets a new one. */
    public record Product(@Nullable UUID productId, String name, String quantity, List<ProductSpec> specs) {

        public Product {
            specs = List.copyOf(specs);
        }
    }
}
