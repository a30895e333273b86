package vn.doimoi.ecosystem.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.rules.RuleVersions;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * An enterprise keeps its S&T development fund (ADR 0066): allocations capped by the rule version of
 * the tax year, spending on an eligible use with its evidence, never more than the fund holds on the
 * day. Each change locks the organisation's account, so two members cannot spend one balance twice.
 */
@Service
public class FundAccounts {

    /** The years before this are not kept: the fund rule dates from the 2008 tax law. */
    static final int FIRST_YEAR = 2009;

    /** The member's fund as its page shows it. */
    public record MyFund(
            UUID organisation,
            String organisationName,
            boolean verified,
            FundLedger ledger,
            List<FundRows.AllocationRow> allocations,
            List<SpendingLine> spendings,
            RuleVersion<FundRule> ruleToday) {}

    /** A spending with the name of its use, as the page lists it. */
    public record SpendingLine(
            UUID id, LocalDate spentOn, String useName, String description, BigDecimal amount, String evidenceName) {}

    private final FundAccess access;
    private final FundStore store;
    private final RuleVersions rules;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    FundAccounts(FundAccess access, FundStore store, RuleVersions rules, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.rules = rules;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rule version an allocation of this tax year is checked against: the one in force at its end. */
    public RuleVersion<FundRule> ruleOfYear(int taxYear) {
        return rules.inForce(FundRule.KIND, LocalDate.of(taxYear, 12, 31));
    }

    @Transactional(readOnly = true)
    public MyFund mine(CurrentUser actor) {
        UUID organisation = access.reader(actor);
        LocalDate today = today();
        RuleVersion<FundRule> ruleToday = rules.inForce(FundRule.KIND, today);
        List<SpendingLine> spendings = new ArrayList<>();
        for (FundRows.SpendingRow row : store.spendingRows(organisation)) {
            FundRule rule = rules.inForce(FundRule.KIND, row.spentOn()).values();
            String useName = rule.use(row.useCode()).map(FundRule.Use::name).orElse(row.useCode());
            spendings.add(new SpendingLine(
                    row.id(), row.spentOn(), useName, row.description(), row.amount(), row.evidenceName()));
        }
        return new MyFund(
                organisation,
                access.name(organisation),
                access.verified(organisation),
                ledger(organisation, today),
                store.allocationRows(organisation),
                spendings,
                ruleToday);
    }

    /** The organisation's ledger on a day. */
    @Transactional(readOnly = true)
    public FundLedger ledger(UUID organisation, LocalDate asOf) {
        return FundLedger.of(store.allocations(organisation), store.spendings(organisation), asOf);
    }

    @Transactional
    public void allocate(CurrentUser actor, NewAllocation allocation) {
        UUID organisation = access.writer(actor);
        LocalDate today = today();
        int year = allocation.taxYear();
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw DomainException.invalid(
                    "funds.error.taxYear", String.valueOf(FIRST_YEAR), String.valueOf(today.getYear()));
        }
        if (allocation.allocatedOn().isAfter(today) || allocation.allocatedOn().getYear() < year) {
            throw DomainException.invalid("funds.error.allocatedOn", String.valueOf(year));
        }
        if (allocation.amount().amount().signum() <= 0) {
            throw DomainException.invalid("funds.error.amount");
        }
        RuleVersion<FundRule> rule = ruleOfYear(year);
        BigDecimal cap = rule.values().cap(allocation.taxableIncome()).amount();
        if (allocation.amount().amount().compareTo(cap) > 0) {
            throw DomainException.refused(
                    "funds.error.aboveCap",
                    VietnameseFormats.money(cap),
                    VietnameseFormats.number(rule.values().capPercent()),
                    String.valueOf(year));
        }
        store.lock(organisation, clock.instant());
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            INSERT INTO ecosystem.fund_allocation (id, organisation_id, tax_year, allocated_on, taxable_income,
                                amount, rule_version, recorded_by, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            organisation,
                            year,
                            allocation.allocatedOn(),
                            allocation.taxableIncome().amount(),
                            allocation.amount().amount(),
                            rule.code(),
                            actor.id().value(),
                            java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("funds.error.yearTaken", String.valueOf(year));
        }
        audit.record(
                "funds.allocation.recorded",
                "ecosystem.fund_allocation",
                id.toString(),
                null,
                java.util.Map.of(
                        "organisation", organisation.toString(),
                        "taxYear", year,
                        "amount", allocation.amount().amount().toPlainString(),
                        "ruleVersion", rule.code()));
    }

    @Transactional
    public UUID spend(CurrentUser actor, NewSpending spending, FundFiles.Evidence evidence) {
        UUID organisation = access.writer(actor);
        LocalDate today = today();
        if (spending.spentOn().isAfter(today) || spending.spentOn().getYear() < FIRST_YEAR) {
            throw DomainException.invalid("funds.error.spentOn");
        }
        if (spending.amount().amount().signum() <= 0) {
            throw DomainException.invalid("funds.error.amount");
        }
        String description = spending.description().strip();
        if (description.isEmpty() || description.length() > 500) {
            throw DomainException.invalid("funds.error.description");
        }
        RuleVersion<FundRule> rule = rules.inForce(FundRule.KIND, spending.spentOn());
        if (rule.values().use(spending.useCode()).isEmpty()) {
            throw DomainException.invalid("funds.error.use");
        }
        store.lock(organisation, clock.instant());
        List<FundLedger.Spending> after = new ArrayList<>(store.spendings(organisation));
        after.add(new FundLedger.Spending(spending.spentOn(), spending.amount().amount()));
        List<FundLedger.Allocation> allocations = store.allocations(organisation);
        if (FundLedger.of(allocations, after, today).unfunded().signum() > 0) {
            BigDecimal available = FundLedger.of(allocations, store.spendings(organisation), spending.spentOn())
                    .balance();
            throw DomainException.refused(
                    "funds.error.aboveBalance",
                    VietnameseFormats.money(available),
                    VietnameseFormats.date(spending.spentOn()));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO ecosystem.fund_spending (id, organisation_id, spent_on, use_code, description, amount,
                            rule_version, evidence_key, evidence_type, evidence_name, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organisation,
                        spending.spentOn(),
                        spending.useCode(),
                        description,
                        spending.amount().amount(),
                        rule.code(),
                        evidence.key(),
                        evidence.mediaType(),
                        evidence.name(),
                        actor.id().value(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(
                "funds.spending.recorded",
                "ecosystem.fund_spending",
                id.toString(),
                null,
                java.util.Map.of(
                        "organisation", organisation.toString(),
                        "spentOn", spending.spentOn().toString(),
                        "use", spending.useCode(),
                        "amount", spending.amount().amount().toPlainString(),
                        "evidence", evidence.key()));
        return id;
    }

    /** A spending's evidence file, for its organisation's members and the Department's staff. */
    @Transactional(readOnly = true)
    public FundRows.SpendingRow spendingFor(CurrentUser actor, UUID id) {
        FundRows.SpendingRow row =
                store.spending(id).orElseThrow(() -> DomainException.notFound("funds.error.notFound"));
        access.requireReader(actor, row.organisation());
        return row;
    }
}
