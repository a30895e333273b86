package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/** The Department's support programmes (table {@code ecosystem.voucher_programme}). */
@Service
@Transactional
public class SupportProgrammes {

    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1000000000000");
    private static final String ENTITY = "ecosystem.voucher_programme";
    private static final String SELECT = "SELECT p.*, (SELECT coalesce(sum(a.granted_amount), 0)"
            + " FROM ecosystem.voucher_application a WHERE a.programme_id = p.id AND a.granted_amount IS NOT NULL)"
            + " AS granted FROM ecosystem.voucher_programme p";

    private final JdbcClient jdbc;
    private final VoucherAccess access;
    private final AuditLog audit;
    private final Clock clock;

    SupportProgrammes(JdbcClient jdbc, VoucherAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID create(CurrentUser actor, ProgrammeData data) {
        access.requireStaff(actor);
        check(data);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO " + ENTITY + " (id, title, kind, summary, budget, max_grant, opens_on, closes_on,"
                        + " voucher_months, eligible_types, max_size, field_codes, verified_only, documents, status,"
                        + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(
                        id,
                        Texts.required(data.title(), 300, "vouchers.error.title"),
                        data.kind().name(),
                        Texts.required(data.summary(), 10_000, "vouchers.error.summary"),
                        data.budget(),
                        data.maxGrant(),
                        Date.valueOf(data.opensOn()),
                        Date.valueOf(data.closesOn()),
                        data.voucherMonths(),
                        data.eligibility().typesColumn(),
                        data.eligibility().largestSize().name(),
                        data.eligibility().fieldsColumn(),
                        data.eligibility().verifiedOnly(),
                        Texts.optional(data.documents(), 5_000),
                        actor.username(),
                        Timestamp.from(clock.instant()))
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", data.title());
        after.put("kind", data.kind().name());
        after.put("budget", data.budget().toPlainString());
        audit.record("ecosystem.programme.created", ENTITY, id.toString(), null, after);
        return id;
    }

    public void publish(CurrentUser actor, UUID id) {
        move(actor, id, ProgrammeStatus.DRAFT, ProgrammeStatus.PUBLISHED);
    }

    public void close(CurrentUser actor, UUID id) {
        move(actor, id, ProgrammeStatus.PUBLISHED, ProgrammeStatus.CLOSED);
    }

    private void move(CurrentUser actor, UUID id, ProgrammeStatus from, ProgrammeStatus to) {
        access.requireStaff(actor);
        find(id);
        int changed = jdbc.sql("UPDATE " + ENTITY + " SET status = ?, row_version = row_version + 1"
                        + " WHERE id = ? AND status = ?")
                .params(to.name(), id, from.name())
                .update();
        if (changed != 1) {
            throw DomainException.conflict("vouchers.error.programmeState");
        }
        audit.record(
                "ecosystem.programme." + to.name().toLowerCase(java.util.Locale.ROOT),
                ENTITY,
                id.toString(),
                Map.of("status", from.name()),
                Map.of("status", to.name()));
    }

    /** A programme the public may read: published or closed. */
    @Transactional(readOnly = true)
    public ProgrammeView published(UUID id) {
        ProgrammeView programme = find(id);
        if (programme.status() == ProgrammeStatus.DRAFT) {
            throw DomainException.notFound("vouchers.error.notFound");
        }
        return programme;
    }

    @Transactional(readOnly = true)
    public ProgrammeView find(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?")
                .param(id)
                .query(SupportProgrammes::row)
                .optional()
                .orElseThrow(() -> DomainException.notFound("vouchers.error.notFound"));
    }

    /** Published and closed programmes, open ones first. */
    @Transactional(readOnly = true)
    public List<ProgrammeView> publicList() {
        return jdbc.sql(SELECT + " WHERE p.status <> 'DRAFT' ORDER BY p.status DESC, p.closes_on DESC, p.title")
                .query(SupportProgrammes::row)
                .list();
    }

    @Transactional(readOnly = true)
    public List<ProgrammeView> all() {
        return jdbc.sql(SELECT + " ORDER BY p.created_at DESC")
                .query(SupportProgrammes::row)
                .list();
    }

    /** Locks the programme's row, so that two grants never spend the same part of its budget. */
    ProgrammeView lock(UUID id) {
        jdbc.sql("SELECT id FROM " + ENTITY + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
        return find(id);
    }

    static void check(ProgrammeData data) {
        if (data.title().isBlank() || data.title().length() > 300) {
            throw DomainException.invalid("vouchers.error.title");
        }
        if (data.summary().isBlank() || data.summary().length() > 10_000) {
            throw DomainException.invalid("vouchers.error.summary");
        }
        if (!positive(data.budget())
                || !positive(data.maxGrant())
                || data.maxGrant().compareTo(data.budget()) > 0) {
            throw DomainException.invalid("vouchers.error.budget");
        }
        if (data.closesOn().isBefore(data.opensOn())) {
            throw DomainException.invalid("vouchers.error.dates");
        }
        if (data.voucherMonths() < 1 || data.voucherMonths() > 60) {
            throw DomainException.invalid("vouchers.error.voucherMonths");
        }
        if (data.eligibility().types().isEmpty()) {
            throw DomainException.invalid("vouchers.error.types");
        }
        if (data.documents() != null && data.documents().length() > 5_000) {
            throw DomainException.invalid("vouchers.error.documents");
        }
    }

    static boolean positive(BigDecimal amount) {
        return amount.signum() > 0
                && amount.compareTo(LARGEST_AMOUNT) < 0
                && amount.stripTrailingZeros().scale() <= 0;
    }

    private static ProgrammeView row(ResultSet rs, int n) throws SQLException {
        ProgrammeData data = new ProgrammeData(
                rs.getString("title"),
                ProgrammeKind.valueOf(rs.getString("kind")),
                rs.getString("summary"),
                rs.getBigDecimal("budget"),
                rs.getBigDecimal("max_grant"),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                rs.getInt("voucher_months"),
                Eligibility.of(
                        rs.getString("eligible_types"),
                        rs.getString("max_size"),
                        rs.getString("field_codes"),
                        rs.getBoolean("verified_only")),
                rs.getString("documents"));
        return new ProgrammeView(
                rs.getObject("id", UUID.class),
                ProgrammeStatus.valueOf(rs.getString("status")),
                data,
                rs.getBigDecimal("granted"),
                rs.getLong("row_version"));
    }
}
