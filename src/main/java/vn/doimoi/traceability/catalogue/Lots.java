package vn.doimoi.traceability.catalogue;

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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.traceability.NewLot;

/**
 * The lots of an enterprise's products (table {@code traceability.lot}) and their recall: a recall
 * is a column of the lot the consumer page reads on every scan, so it shows at once.
 */
@Service
@Transactional
public class Lots {

    /** UN/ECE Recommendation 20 codes the forms offer: kilogram, tonne, piece. */
    public static final Set<String> UNITS = Set.of("KGM", "TNE", "H87");

    private static final String ENTITY = "traceability.lot";
    private static final String SELECT = "SELECT l.*, p.gtin, p.name AS product_name FROM traceability.lot l"
            + " JOIN traceability.product p ON p.id = l.product_id";

    private final JdbcClient jdbc;
    private final Products products;
    private final TraceAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Lots(JdbcClient jdbc, Products products, TraceAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID create(CurrentUser actor, NewLot lot) {
        ProductRow product = products.read(actor, lot.productId());
        access.requireWriter(actor, product.organisationId());
        String number = Keys.lot(lot.lotNumber());
        if (lot.expiresOn() != null && lot.expiresOn().isBefore(lot.producedOn())) {
            throw DomainException.invalid("traceability.error.expiryBeforeProduction");
        }
        if (lot.quantity().signum() <= 0 || lot.quantity().compareTo(new BigDecimal("99999999999")) > 0) {
            throw DomainException.invalid("traceability.error.quantity");
        }
        if (!UNITS.contains(lot.unit())) {
            throw DomainException.invalid("traceability.error.unit");
        }
        if (find(product.gtin(), number).isPresent()) {
            throw DomainException.conflict("traceability.error.lotTaken", number);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.lot (id, product_id, organisation_id, lot_number, produced_on, expires_on,"
                        + " quantity, unit, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        product.id(),
                        product.organisationId(),
                        number,
                        Date.valueOf(lot.producedOn()),
                        lot.expiresOn() == null ? null : Date.valueOf(lot.expiresOn()),
                        lot.quantity(),
                        lot.unit(),
                        actor.username(),
                        Timestamp.from(clock.instant()))
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("gtin", product.gtin());
        after.put("lot", number);
        after.put("producedOn", lot.producedOn().toString());
        after.put("quantity", lot.quantity().toPlainString() + " " + lot.unit());
        audit.record("traceability.lot.created", ENTITY, id.toString(), null, after);
        return id;
    }

    /** Recalls the lot from this day; every later scan shows the recall (optimistic lock on the lot). */
    public void recall(CurrentUser actor, UUID id, String reason, LocalDate on, long rowVersion) {
        LotRow lot = read(actor, id);
        access.requireWriter(actor, lot.organisationId());
        String why = Texts.required(reason, 500, "traceability.error.recallReason");
        if (lot.recalled()) {
            throw DomainException.conflict("traceability.error.alreadyRecalled");
        }
        if (on.isBefore(lot.producedOn()) || on.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw DomainException.invalid("traceability.error.recallDate");
        }
        int changed = jdbc.sql("UPDATE traceability.lot SET recalled_on = ?, recall_reason = ?,"
                        + " row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                .params(Date.valueOf(on), why, id, rowVersion)
                .update();
        if (changed == 0) {
            throw DomainException.conflict("traceability.error.changedMeanwhile");
        }
        audit.record(
                "traceability.lot.recalled",
                ENTITY,
                id.toString(),
                Map.of("recalled", false),
                Map.of("recalled", true, "recalledOn", on.toString(), "reason", why));
    }

    @Transactional(readOnly = true)
    public LotRow read(CurrentUser actor, UUID id) {
        LotRow lot = find(id).orElseThrow(() -> DomainException.notFound("traceability.error.notFound"));
        access.requireReader(actor, lot.organisationId());
        return lot;
    }

    @Transactional(readOnly = true)
    public Optional<LotRow> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE l.id = ?").param(id).query(Lots::row).optional();
    }

    /** The lot a Digital Link names, for the resolver and the consumer page. */
    @Transactional(readOnly = true)
    public Optional<LotRow> find(String gtin, String lotNumber) {
        return jdbc.sql(SELECT + " WHERE p.gtin = ? AND l.lot_number = ?")
                .params(gtin, lotNumber)
                .query(Lots::row)
                .optional();
    }

    /** An organisation's lots, newest first; every organisation's when null. */
    @Transactional(readOnly = true)
    public List<LotRow> list(@Nullable UUID organisation) {
        return jdbc.sql(SELECT + " WHERE CAST(? AS uuid) IS NULL OR l.organisation_id = ?"
                        + " ORDER BY l.created_at DESC LIMIT 200")
                .params(organisation, organisation)
                .query(Lots::row)
                .list();
    }

    private static LotRow row(ResultSet rs, int n) throws SQLException {
        return new LotRow(
                rs.getObject("id", UUID.class),
                rs.getObject("product_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("gtin"),
                rs.getString("product_name"),
                rs.getString("lot_number"),
                rs.getObject("produced_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                rs.getBigDecimal("quantity"),
                rs.getString("unit"),
                rs.getObject("recalled_on", LocalDate.class),
                rs.getString("recall_reason"),
                rs.getLong("row_version"));
    }
}
