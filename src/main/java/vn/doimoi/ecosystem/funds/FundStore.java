package vn.doimoi.ecosystem.funds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doimoi.rules.RuleVersions;

/** The fund's rows in schema {@code ecosystem}, read into the ledger's records. */
@Repository
class FundStore {

    private final JdbcClient jdbc;
    private final RuleVersions rules;

    FundStore(JdbcClient jdbc, RuleVersions rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /**
     * Opens the organisation's account if need be and locks it until the transaction ends: every change
     * of one fund goes through this lock, so two members spending at once see each other's spending.
     */
    void lock(UUID organisation, Instant now) {
        jdbc.sql("INSERT INTO ecosystem.fund_account (organisation_id, opened_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(organisation, java.sql.Timestamp.from(now))
                .update();
        jdbc.sql("SELECT version FROM ecosystem.fund_account WHERE organisation_id = ? FOR UPDATE")
                .param(organisation)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE ecosystem.fund_account SET version = version + 1 WHERE organisation_id = ?")
                .param(organisation)
                .update();
    }

    List<FundRows.AllocationRow> allocationRows(UUID organisation) {
        return jdbc.sql("""
                        SELECT tax_year, allocated_on, taxable_income, amount, rule_version
                        FROM ecosystem.fund_allocation WHERE organisation_id = ? ORDER BY tax_year""")
                .param(organisation)
                .query((rs, n) -> new FundRows.AllocationRow(
                        rs.getInt(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getString(5)))
                .list();
    }

    /** The ledger's allocations, each with the rule version it was recorded under. */
    List<FundLedger.Allocation> allocations(UUID organisation) {
        return allocationRows(organisation).stream()
                .map(row -> new FundLedger.Allocation(
                        row.taxYear(),
                        row.allocatedOn(),
                        row.amount(),
                        row.ruleCode(),
                        rules.version(FundRule.KIND, row.ruleCode()).values()))
                .toList();
    }

    List<FundRows.SpendingRow> spendingRows(UUID organisation) {
        return jdbc.sql("""
                        SELECT id, organisation_id, spent_on, use_code, description, amount, evidence_key, evidence_type,
                               evidence_name
                        FROM ecosystem.fund_spending WHERE organisation_id = ? ORDER BY spent_on, recorded_at""").param(organisation).query((rs, n) -> spending(rs)).list();
    }

    List<FundLedger.Spending> spendings(UUID organisation) {
        return spendingRows(organisation).stream()
                .map(row -> new FundLedger.Spending(row.spentOn(), row.amount()))
                .toList();
    }

    Optional<FundRows.SpendingRow> spending(UUID id) {
        return jdbc.sql("""
                        SELECT id, organisation_id, spent_on, use_code, description, amount, evidence_key, evidence_type,
                               evidence_name
                        FROM ecosystem.fund_spending WHERE id = ?""").param(id).query((rs, n) -> spending(rs)).optional();
    }

    private static FundRows.SpendingRow spending(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FundRows.SpendingRow(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, LocalDate.class),
                rs.getString(4),
                rs.getString(5),
                rs.getBigDecimal(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9));
    }

    /** The organisations that keep a fund (have made an allocation). */
    List<UUID> organisations() {
        return jdbc.sql("SELECT DISTINCT organisation_id FROM ecosystem.fund_allocation")
                .query(UUID.class)
                .list();
    }
}
