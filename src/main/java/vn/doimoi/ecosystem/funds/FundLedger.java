package vn.doimoi.ecosystem.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fund's accounts as they stand on a day (ADR 0066). Each spending takes from the oldest
 * allocation that is already made and not yet past its deadline, then the next: so what an
 * enterprise spends always counts first towards the deadline that comes first. An allocation past
 * its deadline is closed; what it kept is no longer spendable and, if less than the rule's share was
 * used, the tax on the unused part is repaid with interest.
 */
public final class FundLedger {

    /** An allocation of one tax year, with the rule version it was checked against. */
    public record Allocation(int taxYear, LocalDate allocatedOn, BigDecimal amount, String ruleCode, FundRule rule) {

        public LocalDate deadline() {
            return allocatedOn.plusYears(rule.usePeriodYears());
        }
    }

    /** A spending, in the order it was recorded when two fall on one day. */
    public record Spending(LocalDate spentOn, BigDecimal amount) {}

    /** Where an allocation stands against the use-within-the-period rule. */
    public enum Status {
        /** The required share is used. */
        MET,
        /** Not yet used enough, the deadline still far. */
        OPEN,
        /** Not yet used enough and the deadline within the rule's warning months. */
        WARNING,
        /** The deadline passed without the required share used: the repayment is due. */
        MISSED
    }

    /**
     * One allocation year's line.
     *
     * @param minimumUsePercent the share to be used by the deadline, from the allocation's rule version
     * @param required what must be used by the deadline
     * @param shortfall what is still to be spent by the deadline to meet the rule
     * @param repayment what is repaid if nothing more is spent (due when {@link Status#MISSED})
     */
    public record YearLine(
            int taxYear,
            LocalDate allocatedOn,
            String ruleCode,
            BigDecimal allocated,
            BigDecimal spent,
            BigDecimal balance,
            LocalDate deadline,
            LocalDate warnFrom,
            BigDecimal minimumUsePercent,
            BigDecimal required,
            BigDecimal shortfall,
            BigDecimal repayment,
            Status status) {}

    private final List<YearLine> lines;
    private final BigDecimal unfunded;
    private final LocalDate asOf;

    private FundLedger(List<YearLine> lines, BigDecimal unfunded, LocalDate asOf) {
        this.lines = List.copyOf(lines);
        this.unfunded = unfunded;
        this.asOf = asOf;
    }

    /** The accounts on {@code asOf}: allocations made and spending done by then. */
    public static FundLedger of(List<Allocation> allocations, List<Spending> spendings, LocalDate asOf) {
        List<Allocation> made = allocations.stream()
                .filter(each -> !each.allocatedOn().isAfter(asOf))
                .sorted(Comparator.comparingInt(Allocation::taxYear))
                .toList();
        BigDecimal[] used = new BigDecimal[made.size()];
        java.util.Arrays.fill(used, BigDecimal.ZERO);
        BigDecimal unfunded = BigDecimal.ZERO;
        List<Spending> done = spendings.stream()
                .filter(each -> !each.spentOn().isAfter(asOf))
                .sorted(Comparator.comparing(Spending::spentOn))
                .toList();
        for (Spending spending : done) {
            BigDecimal left = spending.amount();
            for (int i = 0; i < made.size() && left.signum() > 0; i++) {
                Allocation allocation = made.get(i);
                boolean spendable = !allocation.allocatedOn().isAfter(spending.spentOn())
                        && !allocation.deadline().isBefore(spending.spentOn());
                BigDecimal remaining = allocation.amount().subtract(used[i]);
                if (spendable && remaining.signum() > 0) {
                    BigDecimal taken = remaining.min(left);
                    used[i] = used[i].add(taken);
                    left = left.subtract(taken);
                }
            }
            unfunded = unfunded.add(left);
        }
        List<YearLine> lines = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            lines.add(line(made.get(i), used[i], asOf));
        }
        return new FundLedger(lines, unfunded, asOf);
    }

    private static YearLine line(Allocation allocation, BigDecimal used, LocalDate asOf) {
        FundRule rule = allocation.rule();
        LocalDate deadline = allocation.deadline();
        LocalDate warnFrom = deadline.minusMonths(rule.warningMonths());
        BigDecimal required = rule.required(allocation.amount());
        BigDecimal shortfall = required.subtract(used).max(BigDecimal.ZERO);
        BigDecimal unused = allocation.amount().subtract(used);
        boolean passed = deadline.isBefore(asOf);
        Status status;
        if (shortfall.signum() == 0) {
            status = Status.MET;
        } else if (passed) {
            status = Status.MISSED;
        } else if (!asOf.isBefore(warnFrom)) {
            status = Status.WARNING;
        } else {
            status = Status.OPEN;
        }
        return new YearLine(
                allocation.taxYear(),
                allocation.allocatedOn(),
                allocation.ruleCode(),
                allocation.amount(),
                used,
                passed ? BigDecimal.ZERO : unused,
                deadline,
                warnFrom,
                rule.minimumUsePercent(),
                required,
                passed ? BigDecimal.ZERO : shortfall,
                shortfall.signum() == 0 ? BigDecimal.ZERO : rule.repayment(unused),
                status);
    }

    /** One line per allocation made, the oldest tax year first. */
    public List<YearLine> lines() {
        return lines;
    }

    /** What may still be spent: the unused part of the allocations not past their deadline. */
    public BigDecimal balance() {
        return lines.stream().map(YearLine::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Spending that no allocation covered (made before the money was set aside, or beyond it). */
    public BigDecimal unfunded() {
        return unfunded;
    }

    /** The lines whose deadline is near and the rule not yet met. */
    public List<YearLine> warnings() {
        return lines.stream().filter(line -> line.status() == Status.WARNING).toList();
    }

    /** The lines whose repayment is due. */
    public List<YearLine> missed() {
        return lines.stream().filter(line -> line.status() == Status.MISSED).toList();
    }

    public LocalDate asOf() {
        return asOf;
    }
}
