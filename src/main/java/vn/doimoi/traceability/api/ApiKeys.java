package vn.doimoi.traceability.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.traceability.catalogue.Texts;
import vn.doimoi.traceability.catalogue.TraceAccess;

/**
 * An enterprise's API keys (ADR 0063): a member of a verified organisation issues one, sees its
 * secret once, and may revoke it. Only the secret's SHA-256 is stored: a key has 256 random bits,
 * so a slow password hash would add nothing but a cost on every API call.
 */
@Service
@Transactional
public class ApiKeys {

    /** Every secret starts so, which lets a secret scanner recognise a leaked key. */
    static final String PREFIX = "dmk_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TraceAccess access;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeys(JdbcClient jdbc, TraceAccess access, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new key's secret, shown to its maker once. */
    public record Issued(UUID id, String secret) {}

    public Issued issue(CurrentUser actor, String name) {
        UUID organisation = access.writer(actor);
        String clean = Texts.optional(name, 100);
        if (clean == null) {
            throw DomainException.invalid("traceability.apiKey.error.name");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO traceability.api_key (id, organisation_id, name, secret_hash, secret_start, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        organisation,
                        clean,
                        hash(secret),
                        secret.substring(0, 10),
                        actor.id().value(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record("traceability.apiKey.issued", "traceability.api_key", id.toString(), null, Map.of("name", clean));
        return new Issued(id, secret);
    }

    public void revoke(CurrentUser actor, UUID id) {
        UUID organisation = access.writer(actor);
        int changed = jdbc.sql("UPDATE traceability.api_key SET revoked_at = ? WHERE id = ? AND organisation_id = ?"
                        + " AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), id, organisation)
                .update();
        if (changed == 0) {
            throw DomainException.notFound("traceability.error.notFound");
        }
        audit.record("traceability.apiKey.revoked", "traceability.api_key", id.toString(), null, Map.of());
    }

    @Transactional(readOnly = true)
    public List<ApiKeyRow> of(CurrentUser actor) {
        UUID organisation = actor.organisationId();
        if (organisation == null) {
            return List.of();
        }
        return jdbc.sql("SELECT id, name, secret_start, created_at, last_used_at, revoked_at FROM traceability.api_key"
                        + " WHERE organisation_id = ? ORDER BY created_at DESC")
                .param(organisation)
                .query((rs, n) -> new ApiKeyRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("secret_start"),
                        rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("last_used_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null),
                        Optional.ofNullable(rs.getTimestamp("revoked_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .list();
    }

    /**
     * The client a secret belongs to: refused when the key is unknown or revoked, when the member who
     * issued it was disabled or left the organisation, or when the organisation is no longer verified.
     */
    Optional<ApiClient> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        record Key(UUID id, UUID organisation, UUID issuer) {}
        Optional<Key> key = jdbc.sql("SELECT id, organisation_id, created_by FROM traceability.api_key"
                        + " WHERE secret_hash = ? AND revoked_at IS NULL")
                .param(hash(secret))
                .query((rs, n) -> new Key(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("created_by", UUID.class)))
                .optional();
        return key.filter(k -> accounts.find(new UserId(k.issuer()))
                        .filter(UserSummary::enabled)
                        .filter(user -> k.organisation().equals(user.organisationId()))
                        .isPresent())
                .filter(k -> access.verified(k.organisation()))
                .map(k -> {
                    // At most one write a minute per key, so a busy client does not write on every call.
                    java.time.Instant now = clock.instant();
                    jdbc.sql("UPDATE traceability.api_key SET last_used_at = ? WHERE id = ?"
                                    + " AND (last_used_at IS NULL OR last_used_at < ?)")
                            .params(Timestamp.from(now), k.id(), Timestamp.from(now.minusSeconds(60)))
                            .update();
                    return new ApiClient(k.organisation(), k.id());
                });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
