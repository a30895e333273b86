package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * The vouchers (table {@code ecosystem.voucher}): issued when a voucher programme grants an
 * application, valid for the programme's months, cancelled by the Department. What is spent of a
 * voucher is taken from {@code remaining} by {@link Redemptions} under the row lock {@link #lock}.
 */
@Service
@Transactional
public class VoucherLedger {

    private static final String ENTITY = "ecosystem.voucher";
    private static final String SELECT = "SELECT v.*, p.title AS programme_title, a.organisation_name FROM " + ENTITY
            + " v JOIN ecosystem.voucher_programme p ON p.id = v.programme_id"
            + " JOIN ecosystem.voucher_application a ON a.id = v.application_id";

    private final JdbcClient jdbc;
    private final VoucherAccess access;
    private final AuditLog audit;
    private final Clock clock;

    VoucherLedger(JdbcClient jdbc, VoucherAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues the voucher of a granted application, valid from today for the programme's months. */
    UUID issue(ApplicationView application, ProgrammeView programme, BigDecimal value) {
        UUID id = UUID.randomUUID();
        LocalDate from = LocalDate.now(clock);
        LocalDate until = from.plusMonths(programme.data().voucherMonths()).minusDays(1);
        String code = "VC-" + from.getYear() + "-"
                + HexFormat.of()
                        .withUpperCase()
                        .toHexDigits(ThreadLocalRandom.current().nextInt());
        jdbc.sql("INSERT INTO " + ENTITY + " (id, code, application_id, programme_id, organisation_id, value,"
                        + " remaining, purpose, valid_from, valid_until, state, granted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")
                .params(
                        id,
                        code,
                        application.id(),
                        programme.id(),
                        application.organisationId(),
                        value,
                        value,
                        application.purpose(),
                        Date.valueOf(from),
                        Date.valueOf(until),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(
                "ecosystem.voucher.issued",
                ENTITY,
                id.toString(),
                null,
                Map.of("code", code, "value", value.toPlainString(), "validUntil", until.toString()));
        return id;
    }

    public void cancel(CurrentUser actor, UUID id, long version, String reason) {
        access.requireStaff(actor);
        VoucherView voucher = lock(id);
        String why = Texts.required(reason, 2_000, "vouchers.error.reason");
        if (voucher.state() != VoucherState.ACTIVE) {
            throw DomainException.conflict("vouchers.error.voucherCancelled");
        }
        int pending = jdbc.sql("SELECT count(*) FROM ecosystem.voucher_redemption WHERE voucher_id = ?"
                        + " AND state IN ('REQUESTED', 'DELIVERED')")
                .param(id)
                .query(Integer.class)
                .single();
        if (pending > 0) {
            throw DomainException.refused("vouchers.error.pendingRedemptions", pending);
        }
        int changed = jdbc.sql("UPDATE " + ENTITY + " SET state = 'CANCELLED', cancel_reason = ?,"
                        + " row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                .params(why, id, version)
                .update();
        if (changed != 1) {
            throw DomainException.conflict("vouchers.error.changedMeanwhile");
        }
        audit.record(
                "ecosystem.voucher.cancelled",
                ENTITY,
                id.toString(),
                Map.of("state", "ACTIVE"),
                Map.of("state", "CANCELLED", "reason", why));
    }

    /** A voucher its owner or the Department may read; 404 for anyone else. */
    @Transactional(readOnly = true)
    public VoucherView view(CurrentUser actor, UUID id) {
        VoucherView voucher = find(id);
        access.requireOwner(actor, voucher.organisationId(), true);
        return voucher;
    }

    @Transactional(readOnly = true)
    public List<VoucherView> ofOrganisation(CurrentUser actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE v.organisation_id = ? ORDER BY v.valid_until, v.code")
                .param(actor.organisationId())
                .query(VoucherLedger::row)
                .list();
    }

    @Transactional(readOnly = true)
    public List<VoucherView> all(CurrentUser actor) {
        access.requireStaff(actor);
        return jdbc.sql(SELECT + " ORDER BY v.granted_at DESC")
                .query(VoucherLedger::row)
                .list();
    }

    @Transactional(readOnly = true)
    public VoucherView ofApplication(UUID applicationId) {
        return jdbc.sql(SELECT + " WHERE v.application_id = ?")
                .param(applicationId)
                .query(VoucherLedger::row)
                .optional()
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
    }

    /**
     * Locks the voucher's row until the transaction ends, then reads it: whoever spends from the
     * voucher waits here for whoever spends first, and then sees what is left (ADR 0065).
     */
    VoucherView lock(UUID id) {
        jdbc.sql("SELECT id FROM " + ENTITY + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
        return find(id);
    }

    /** Moves {@code amount} out of (negative: back into) the locked voucher's remaining value. */
    void take(UUID id, BigDecimal amount) {
        jdbc.sql("UPDATE " + ENTITY + " SET remaining = remaining - ?, row_version = row_version + 1 WHERE id = ?")
                .params(amount, id)
                .update();
    }

    VoucherView find(UUID id) {
        return jdbc.sql(SELECT + " WHERE v.id = ?")
                .param(id)
                .query(VoucherLedger::row)
                .optional()
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
    }

    private static VoucherView row(ResultSet rs, int n) throws SQLException {
        return new VoucherView(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getObject("programme_id", UUID.class),
                rs.getString("programme_title"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getBigDecimal("value"),
                rs.getBigDecimal("remaining"),
                rs.getString("purpose"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                VoucherState.valueOf(rs.getString("state")),
                rs.getString("cancel_reason"),
                rs.getLong("row_version"));
    }
}
