package vn.doimoi.ecosystem.awards;

/**
 * A nomination as the nominator gives it: the category, whom (a person by name, or the nominator's
 * organisation, whose name comes from the directory), the achievement and its summary.
 */
public record NewNomination(
        String category, NomineeKind nomineeKind, String personName, String achievement, String summary) {}
