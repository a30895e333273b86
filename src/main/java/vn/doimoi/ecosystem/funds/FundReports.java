package vn.doimoi.ecosystem.funds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * The yearly fund report an enterprise files to the Department: a snapshot of the year (what was set
 * aside and spent in it, the balance by allocation year at its end, or today for the current year),
 * kept as filed so a later correction of the ledger never rewrites what the Department received.
 */
@Service
public class FundReports {

    /** A filed report, as the lists show it. */
    public record Report(
            UUID id,
            UUID organisation,
            String organisationName,
            int year,
            BigDecimal allocated,
            BigDecimal spent,
            BigDecimal balance,
            Instant filedAt) {}

    /** One allocation year of a filed report. */
    public record Line(
            int taxYear,
            BigDecimal allocated,
            BigDecimal spent,
            BigDecimal balance,
            LocalDate deadline,
            String status) {}

    private final FundAccess access;
    private final FundStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    FundReports(FundAccess access, FundStore store, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID file(CurrentUser actor, int year) {
        UUID organisation = access.writer(actor);
        LocalDate today = LocalDate.now(clock);
        if (year < FundAccounts.FIRST_YEAR || year > today.getYear()) {
            throw DomainException.invalid(
                    "funds.error.reportYear", String.valueOf(FundAccounts.FIRST_YEAR), String.valueOf(today.getYear()));
        }
        store.lock(organisation, clock.instant());
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate asOf = end.isAfter(today) ? today : end;
        List<FundLedger.Allocation> allocations = store.allocations(organisation);
        List<FundLedger.Spending> spendings = store.spendings(organisation);
        FundLedger ledger = FundLedger.of(allocations, spendings, asOf);
        if (ledger.lines().isEmpty()) {
            throw DomainException.refused("funds.error.nothingToReport", String.valueOf(year));
        }
        BigDecimal allocated = allocations.stream()
                .filter(each -> each.allocatedOn().getYear() == year)
                .map(FundLedger.Allocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = spendings.stream()
                .filter(each -> each.spentOn().getYear() == year)
                .map(FundLedger.Spending::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            INSERT INTO ecosystem.fund_report (id, organisation_id, organisation_name, year, allocated, spent,
                                balance, filed_by, filed_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            organisation,
                            access.name(organisation),
                            year,
                            allocated,
                            spent,
                            ledger.balance(),
                            actor.id().value(),
                            java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("funds.error.reportFiled", String.valueOf(year));
        }
        for (FundLedger.YearLine line : ledger.lines()) {
            jdbc.sql("""
                            INSERT INTO ecosystem.fund_report_line (report_id, tax_year, allocated, spent, balance, deadline,
                                status) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            line.taxYear(),
                            line.allocated(),
                            line.spent(),
                            line.balance(),
                            line.deadline(),
                            line.status().name())
                    .update();
        }
        audit.record(
                "funds.report.filed",
                "ecosystem.fund_report",
                id.toString(),
                null,
                java.util.Map.of("organisation", organisation.toString(), "year", year));
        return id;
    }

    /** The reports of the member's organisation, the latest year first. */
    @Transactional(readOnly = true)
    public List<Report> mine(CurrentUser actor) {
        return reports("WHERE organisation_id = ?", access.reader(actor));
    }

    /** Every filed report, for the Department; the latest filed first. */
    @Transactional(readOnly = true)
    public List<Report> all() {
        return reports("", null);
    }

    @Transactional(readOnly = true)
    public Report report(CurrentUser actor, UUID id) {
        Report report = reports("WHERE id = ?", id).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("funds.error.notFound"));
        access.requireReader(actor, report.organisation());
        return report;
    }

    @Transactional(readOnly = true)
    public List<Line> lines(UUID reportId) {
        return jdbc.sql("""
                        SELECT tax_year, allocated, spent, balance, deadline, status FROM ecosystem.fund_report_line
                        WHERE report_id = ? ORDER BY tax_year""")
                .param(reportId)
                .query((rs, n) -> new Line(
                        rs.getInt(1),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .list();
    }

    private List<Report> reports(String where, @org.jspecify.annotations.Nullable UUID parameter) {
        var statement = jdbc.sql("""
                SELECT id, organisation_id, organisation_name, year, allocated, spent, balance, filed_at
                FROM ecosystem.fund_report %s ORDER BY year DESC, filed_at DESC""".formatted(where));
        if (parameter != null) {
            statement = statement.param(parameter);
        }
        return statement
                .query((rs, n) -> new Report(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }
}
