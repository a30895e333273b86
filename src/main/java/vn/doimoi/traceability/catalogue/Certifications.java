package vn.doimoi.traceability.catalogue;

import java.sql.Date;
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
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.traceability.NewCertification;

/** The certifications of a product (VietGAP, organic …), with a certificate file when given. */
@Service
@Transactional
public class Certifications {

    private final JdbcClient jdbc;
    private final Products products;
    private final TraceAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Certifications(JdbcClient jdbc, Products products, TraceAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID add(CurrentUser actor, UUID productId, NewCertification certification, @Nullable StoredFile file) {
        ProductRow product = products.read(actor, productId);
        access.requireWriter(actor, product.organisationId());
        String name = Texts.required(certification.name(), 200, "traceability.error.certificationName");
        String issuer = Texts.required(certification.issuer(), 200, "traceability.error.issuer");
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.certification (id, product_id, name, issuer, number, expires_on,"
                        + " file_key, file_type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        productId,
                        name,
                        issuer,
                        Texts.optional(certification.number(), 100),
                        certification.expiresOn() == null ? null : Date.valueOf(certification.expiresOn()),
                        file == null ? null : file.key(),
                        file == null ? null : file.mediaType(),
                        Timestamp.from(clock.instant()))
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("product", productId.toString());
        after.put("name", name);
        after.put("issuer", issuer);
        after.put("expiresOn", String.valueOf(certification.expiresOn()));
        audit.record("traceability.certification.added", "traceability.certification", id.toString(), null, after);
        return id;
    }

    @Transactional(readOnly = true)
    public List<CertificationRow> of(UUID productId) {
        return jdbc.sql("SELECT id, product_id, name, issuer, number, expires_on, file_key IS NOT NULL AS has_file"
                        + " FROM traceability.certification WHERE product_id = ? ORDER BY name, created_at")
                .param(productId)
                .query((rs, n) -> new CertificationRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("product_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("issuer"),
                        rs.getString("number"),
                        rs.getObject("expires_on", java.time.LocalDate.class),
                        rs.getBoolean("has_file")))
                .list();
    }

    /** A certificate's file, for anyone: certifications are shown on the public consumer page. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> file(UUID id) {
        return jdbc.sql(
                        "SELECT file_key, file_type FROM traceability.certification WHERE id = ? AND file_key IS NOT NULL")
                .param(id)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2)))
                .optional();
    }
}
