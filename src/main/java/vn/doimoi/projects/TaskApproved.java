package vn.doimoi.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The provincial committee approved a task and its budget: it now awaits its contract. Part 2
 * (contracts to use of results) starts from this event. Money is whole VND.
 *
 * @param principalInvestigatorPersonId the PI in the directory, or null when not linked
 * @param adopterOrganisationId the organisation that will apply the results, or null
 */
public record TaskApproved(
        UUID taskId,
        String code,
        String title,
        TaskType type,
        SelectionMethod method,
        UUID hostOrganisationId,
        UUID principalInvestigatorPersonId,
        UUID adopterOrganisationId,
        List<String> fieldCodes,
        List<ApprovedProduct> products,
        BigDecimal stateBudget,
        BigDecimal otherBudget,
        int durationMonths,
        String decisionNumber,
        LocalDate decisionDate) {

    public TaskApproved {
        fieldCodes = List.copyOf(fieldCodes);
        products = List.copyOf(products);
    }
}
