package vn.doimoi.traceability.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.TraceAccess;

/**
 * Sharing between organisations (issue 20): an enterprise lets another organisation (its buyer, a
 * processor) read the events of one lot, or of every lot of a product, through that organisation's
 * EPCIS API keys; revoking stops it at once. Only the owner's own events are shared: a share never
 * passes on what a third organisation recorded.
 */
@Service
@Transactional
public class EventShares {

    /** Where GS1 Digital Links of trade items start; a product's share covers every EPC under its GTIN. */
    private static final String DL = "https://id.gs1.org/01/";

    /**
     * The SQL condition "an event the organisation may read", on an event table aliased {@code e}:
     * its own, or one of its owner's events naming a shared lot's class (or any EPC of a shared
     * product). Takes the organisation twice as parameters.
     */
    public static final String VISIBLE = "(e.organisation_id = ? OR e.id IN (SELECT ee.event_uuid"
            + " FROM traceability.event_share s JOIN traceability.event_epc ee"
            + " ON ee.epc = s.epc OR (s.whole_product AND ee.epc LIKE s.epc || '%')"
            + " JOIN traceability.event se ON se.id = ee.event_uuid AND se.organisation_id = s.owner_id"
            + " WHERE s.recipient_id = ? AND s.revoked_at IS NULL))";

    private final JdbcClient jdbc;
    private final Lots lots;
    private final TraceAccess access;
    private final Directory directory;
    private final AuditLog audit;
    private final Clock clock;

    EventShares(JdbcClient jdbc, Lots lots, TraceAccess access, Directory directory, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.lots = lots;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** One share as the pages list it. */
    public record Share(
            UUID id,
            String recipient,
            String ownerName,
            String productName,
            String gtin,
            @Nullable String lotNumber,
            boolean wholeProduct,
            Instant createdAt) {}

    /** Shares the lot's events (or, with {@code wholeProduct}, every lot of its product) with the recipient. */
    public UUID share(CurrentUser actor, UUID lotId, UUID recipientId, boolean wholeProduct) {
        UUID owner = access.writer(actor);
        LotRow lot = lots.find(lotId)
                .filter(found -> found.organisationId().equals(owner))
                .orElseThrow(() -> DomainException.notFound("traceability.error.notFound"));
        OrganisationSummary recipient = directory
                .organisation(recipientId)
                .filter(OrganisationSummary::verified)
                .orElseThrow(() -> DomainException.invalid("traceability.share.recipient"));
        if (recipient.id().equals(owner)) {
            throw DomainException.invalid("traceability.share.self");
        }
        String epc = wholeProduct ? DL + lot.gtin() + "/" : lot.epcClass();
        boolean already = jdbc.sql("SELECT count(*) > 0 FROM traceability.event_share WHERE owner_id = ? AND"
                        + " recipient_id = ? AND epc = ? AND revoked_at IS NULL")
                .params(owner, recipient.id(), epc)
                .query(Boolean.class)
                .single();
        if (already) {
            throw DomainException.conflict("traceability.share.already", recipient.name());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.event_share (id, owner_id, recipient_id, lot_id, product_id, epc,"
                        + " whole_product, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        owner,
                        recipient.id(),
                        wholeProduct ? null : lot.id(),
                        lot.productId(),
                        epc,
                        wholeProduct,
                        actor.username(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(
                "traceability.share.created",
                "traceability.event_share",
                id.toString(),
                null,
                Map.of("recipient", recipient.id().toString(), "epc", epc));
        return id;
    }

    /** Stops a share of the actor's organisation; its recipient's keys no longer read those events. */
    public void revoke(CurrentUser actor, UUID shareId) {
        UUID owner = access.writer(actor);
        int changed = jdbc.sql("UPDATE traceability.event_share SET revoked_at = ? WHERE id = ? AND owner_id = ?"
                        + " AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), shareId, owner)
                .update();
        if (changed == 0) {
            throw DomainException.notFound("traceability.error.notFound");
        }
        audit.record(
                "traceability.share.revoked",
                "traceability.event_share",
                shareId.toString(),
                Map.of("revoked", false),
                Map.of("revoked", true));
    }

    /** The live shares of a lot (its own and its product's), for its owner's page. */
    @Transactional(readOnly = true)
    public List<Share> ofLot(LotRow lot) {
        return list(
                "s.owner_id = ? AND (s.lot_id = ? OR (s.whole_product AND s.product_id = ?))",
                lot.organisationId(),
                lot.id(),
                lot.productId());
    }

    /** What other organisations share with this one, newest first. */
    @Transactional(readOnly = true)
    public List<Share> sharedWith(UUID organisation) {
        return list("s.recipient_id = ?", organisation);
    }

    /** Verified organisations a share may go to: every one but the owner. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> recipients(UUID owner) {
        return directory.organisations().stream()
                .filter(OrganisationSummary::verified)
                .filter(organisation -> !organisation.id().equals(owner))
                .toList();
    }

    private List<Share> list(String condition, Object... parameters) {
        return jdbc.sql("SELECT s.id, s.recipient_id, s.owner_id, p.name AS product_name, p.gtin, l.lot_number,"
                        + " s.whole_product, s.created_at FROM traceability.event_share s"
                        + " JOIN traceability.product p ON p.id = s.product_id"
                        + " LEFT JOIN traceability.lot l ON l.id = s.lot_id"
                        + " WHERE s.revoked_at IS NULL AND " + condition + " ORDER BY s.created_at DESC LIMIT 200")
                .params(List.of(parameters))
                .query((rs, n) -> new Share(
                        rs.getObject("id", UUID.class),
                        name(rs.getObject("recipient_id", UUID.class)),
                        name(rs.getObject("owner_id", UUID.class)),
                        rs.getString("product_name"),
                        rs.getString("gtin"),
                        rs.getString("lot_number"),
                        rs.getBoolean("whole_product"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private String name(UUID organisation) {
        return directory
                .organisation(organisation)
                .map(OrganisationSummary::name)
                .orElse("");
    }
}
