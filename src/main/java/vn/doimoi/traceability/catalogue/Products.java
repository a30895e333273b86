package vn.doimoi.traceability.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.traceability.NewProduct;

/** An enterprise's products (table {@code traceability.product}), each under its own GTIN. */
@Service
@Transactional
public class Products {

    private static final String ENTITY = "traceability.product";
    private static final String COLUMNS = "id, organisation_id, gtin, name, description, standards,"
            + " image_key IS NOT NULL AS has_image, row_version";

    private final JdbcClient jdbc;
    private final TraceAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Products(JdbcClient jdbc, TraceAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID create(CurrentUser actor, NewProduct product) {
        UUID organisation = access.writer(actor);
        String gtin = Keys.gtin(product.gtin());
        String name = Texts.required(product.name(), 200, "traceability.error.name");
        if (byGtin(gtin).isPresent()) {
            throw DomainException.conflict("traceability.error.gtinTaken", gtin);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.product (id, organisation_id, gtin, name, description, standards,"
                        + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        organisation,
                        gtin,
                        name,
                        Texts.optional(product.description(), 4000),
                        Texts.optional(product.standards(), 500),
                        actor.username(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record("traceability.product.created", ENTITY, id.toString(), null, state(gtin, name));
        return id;
    }

    /** Edits name, description and standards (the GTIN stays: printed labels carry it). */
    public void update(CurrentUser actor, UUID id, NewProduct product, long rowVersion) {
        ProductRow before = read(actor, id);
        access.requireWriter(actor, before.organisationId());
        String name = Texts.required(product.name(), 200, "traceability.error.name");
        int changed = jdbc.sql("UPDATE traceability.product SET name = ?, description = ?, standards = ?,"
                        + " row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                .params(
                        name,
                        Texts.optional(product.description(), 4000),
                        Texts.optional(product.standards(), 500),
                        id,
                        rowVersion)
                .update();
        if (changed == 0) {
            throw DomainException.conflict("traceability.error.changedMeanwhile");
        }
        audit.record(
                "traceability.product.updated",
                ENTITY,
                id.toString(),
                state(before.gtin(), before.name()),
                state(before.gtin(), name));
    }

    /** Keeps the product's picture (already checked and scaled by the caller). */
    public void setImage(CurrentUser actor, UUID id, StoredFile image) {
        ProductRow product = read(actor, id);
        access.requireWriter(actor, product.organisationId());
        jdbc.sql("UPDATE traceability.product SET image_key = ?, image_type = ?, row_version = row_version + 1"
                        + " WHERE id = ?")
                .params(image.key(), image.mediaType(), id)
                .update();
        audit.record("traceability.product.imageSet", ENTITY, id.toString(), null, Map.of("image", image.key()));
    }

    /** A product the actor may read (their own organisation's, or any for staff). */
    @Transactional(readOnly = true)
    public ProductRow read(CurrentUser actor, UUID id) {
        ProductRow product = find(id).orElseThrow(() -> DomainException.notFound("traceability.error.notFound"));
        access.requireReader(actor, product.organisationId());
        return product;
    }

    @Transactional(readOnly = true)
    public Optional<ProductRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM traceability.product WHERE id = ?")
                .param(id)
                .query(Products::row)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<ProductRow> byGtin(String gtin) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM traceability.product WHERE gtin = ?")
                .param(gtin)
                .query(Products::row)
                .optional();
    }

    /** An organisation's products by name; all organisations' when {@code organisation} is null. */
    @Transactional(readOnly = true)
    public List<ProductRow> list(@Nullable UUID organisation) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM traceability.product"
                        + " WHERE CAST(? AS uuid) IS NULL OR organisation_id = ? ORDER BY name, gtin")
                .params(organisation, organisation)
                .query(Products::row)
                .list();
    }

    /** The product's picture, for anyone (it is shown on the public consumer page). */
    @Transactional(readOnly = true)
    public Optional<StoredFile> image(UUID id) {
        return jdbc.sql("SELECT image_key, image_type FROM traceability.product WHERE id = ? AND image_key IS NOT NULL")
                .param(id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private static Map<String, Object> state(String gtin, String name) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("gtin", gtin);
        state.put("name", name);
        return state;
    }

    private static ProductRow row(ResultSet rs, int n) throws SQLException {
        return new ProductRow(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("gtin"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("standards"),
                rs.getBoolean("has_image"),
                rs.getLong("row_version"));
    }
}
