package vn.doimoi.projects.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.FundingModesRule;
import vn.doimoi.projects.rules.ProjectRuleKinds;
import vn.doimoi.rules.BundledRules;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;

/**
 * What a contract says (the fields of the model contract of Circular 05/2014/TT-BKHCN that drive
 * the workflow). A signed version is never changed: an amendment is a new {@code ContractTerms}
 * and {@link #diff} shows what it changed. Money is whole VND.
 */
public record ContractTerms(
        String number,
        LocalDate startOn,
        LocalDate endOn,
        FundingMode fundingMode,
        BigDecimal stateBudget,
        BigDecimal otherBudget,
        int reportEveryMonths,
        String obligations,
        List<TrancheTerm> tranches) {

    public ContractTerms {
        tranches = List.copyOf(tranches);
    }

    /** One planned tranche: an advance (no product) or a payment against one ordered product. */
    public record TrancheTerm(
            int number, BigDecimal amount, @Nullable UUID productId, LocalDate plannedOn) {}

    /** One changed field between two versions. */
    public record Change(
            String field, @Nullable String before, @Nullable String after) {}

    /**
     * Checks the terms against the ordered products under the funding modes the shipped rule book puts
     * in force today; a contract of a task checks them under its own version ({@link #validate(Set,
     * RuleVersion)}).
     */
    public void validate(Set<UUID> orderedProducts) {
        validate(
                orderedProducts,
                BundledRules.INSTANCE.inForce(ProjectRuleKinds.FUNDING_MODES, LocalDate.now(ZoneOffset.UTC)));
    }

    /**
     * Checks the terms against the ordered products and the funding modes of a version (the one in
     * force on the task's approval day); throws the first broken rule.
     */
    public void validate(Set<UUID> orderedProducts, RuleVersion<FundingModesRule> modes) {
        if (number == null || number.isBlank()) {
            throw DomainException.refused("contract.error.number");
        }
        if (!endOn.isAfter(startOn)) {
            throw DomainException.refused("contract.error.dates");
        }
        if (reportEveryMonths < 1 || reportEveryMonths > 12) {
            throw DomainException.refused("contract.error.reportEvery");
        }
        if (!whole(stateBudget) || !whole(otherBudget) || stateBudget.signum() <= 0 || otherBudget.signum() < 0) {
            throw DomainException.refused("contract.error.budget");
        }
        BigDecimal total = BigDecimal.ZERO;
        Set<Integer> numbers = new HashSet<>();
        for (TrancheTerm tranche : tranches) {
            if (!whole(tranche.amount()) || tranche.amount().signum() <= 0) {
                throw DomainException.refused("contract.error.trancheAmount", tranche.number());
            }
            if (tranche.productId() != null && !orderedProducts.contains(tranche.productId())) {
                throw DomainException.refused("contract.error.trancheProduct", tranche.number());
            }
            if (!numbers.add(tranche.number())) {
                throw DomainException.refused("contract.error.trancheNumber", tranche.number());
            }
            total = total.add(tranche.amount());
        }
        if (total.compareTo(stateBudget) > 0) {
            throw DomainException.refused("contract.error.tranchesBeyondBudget");
        }
        FundingModesRule.Mode mode = modes.values()
                .ifOffered(fundingMode)
                .orElseThrow(() -> DomainException.refused("contract.error.fundingModeNotOffered", modes.code()));
        if (mode.productsRequired() && orderedProducts.isEmpty()) {
            throw DomainException.refused("contract.error.fundingModeNeedsProducts");
        }
        if (mode.productMilestones()) {
            requireProductMilestones();
        }
    }

    /** A mode paid by products (lump sum to the final product): after the first advance, each tranche pays for one product. */
    private void requireProductMilestones() {
        int advance = tranches.stream().mapToInt(TrancheTerm::number).min().orElse(0);
        for (TrancheTerm tranche : tranches) {
            if (tranche.number() != advance && tranche.productId() == null) {
                throw DomainException.refused("contract.error.lumpSumMilestone", tranche.number());
            }
        }
    }

    /** The state budget planned in tranches. */
    public BigDecimal plannedInTranches() {
        return tranches.stream().map(TrancheTerm::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Report due dates: every {@code reportEveryMonths} months from the start, before the end. */
    public List<LocalDate> reportDueDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 1; ; k++) {
            LocalDate due = startOn.plusMonths((long) k * reportEveryMonths);
            if (!due.isBefore(endOn)) {
                return dates;
            }
            dates.add(due);
        }
    }

    /** The terms as named, printable fields, in a stable order (for diffs and the archive). */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("startOn", startOn.toString());
        fields.put("endOn", endOn.toString());
        fields.put("fundingMode", fundingMode.name());
        fields.put("stateBudget", stateBudget.toPlainString());
        fields.put("otherBudget", otherBudget.toPlainString());
        fields.put("reportEveryMonths", Integer.toString(reportEveryMonths));
        fields.put("obligations", obligations);
        for (TrancheTerm tranche : tranches) {
            String prefix = "tranche." + tranche.number() + ".";
            fields.put(prefix + "amount", tranche.amount().toPlainString());
            fields.put(
                    prefix + "product",
                    tranche.productId() == null ? "" : tranche.productId().toString());
            fields.put(prefix + "plannedOn", tranche.plannedOn().toString());
        }
        return fields;
    }

    /** What changed from {@code before} to {@code after}, field by field. */
    public static List<Change> diff(ContractTerms before, ContractTerms after) {
        Map<String, String> a = before.fields();
        Map<String, String> b = after.fields();
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                changes.add(new Change(key, a.get(key), b.get(key)));
            }
        }
        return changes;
    }

    private static boolean whole(BigDecimal amount) {
        return amount != null && amount.stripTrailingZeros().scale() <= 0;
    }
}
