package vn.doimoi.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A call's terms: the ordered task and the call's terms, whole VND. STAFF enters them on the call
 * form; {@link SelectionImport} brings them in as a register kept elsewhere recorded them.
 */
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

    /** An ordered product with its measurable specifications; a null id gets a new one. */
    public record Product(@Nullable UUID productId, String name, String quantity, List<ProductSpec> specs) {

        public Product {
            specs = List.copyOf(specs);
        }

        /** A product ordered for the first time (an import, an outcome): it gets a new id. */
        public Product(String name, String quantity, List<ProductSpec> specs) {
            this(null, name, quantity, specs);
        }
    }
}
