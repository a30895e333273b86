package vn.doimoi.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A call for tasks as a register kept elsewhere recorded it: the ordered task and the call's terms, whole VND. */
public record ImportedCall(
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

    public ImportedCall {
        fieldCodes = List.copyOf(fieldCodes);
        products = List.copyOf(products);
    }

    /** An ordered product with its measurable specifications. */
    public record Product(String name, String quantity, List<ProductSpec> specs) {

        public Product {
            specs = List.copyOf(specs);
        }
    }
}
