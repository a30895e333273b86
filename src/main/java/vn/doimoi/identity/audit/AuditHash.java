package vn.doimoi.identity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * SHA-256 over a record's fields and the previous record's hash: the link of the chain as it was
 * written before the keyed chain (ADR 0031). Verification still checks records written that way.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    static String of(
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            @Nullable String beforeJson,
            @Nullable String afterJson,
            String prevHash) {
        return link(canonical(seq, occurredAt, actor, action, entityType, entityId, beforeJson, afterJson), prevHash);
    }

    /** The legacy link of a stored record, to check it against the hash it holds. */
    static String of(AuditTrail.Entry entry) {
        return link(canonical(entry), entry.prevHash());
    }

    /** The fields of a stored record as {@link #canonical(long, Instant, String, String, String, String, String, String)} joins them. */
    static String canonical(AuditTrail.Entry entry) {
        return canonical(
                entry.seq(),
                entry.occurredAt(),
                entry.actor(),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                entry.beforeJson(),
                entry.afterJson());
    }

    private static String link(String canonical, String prevHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(
                            canonical.concat("\u001f").concat(prevHash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** A unit separator between fields, so that moving text from one field to the next changes the hash. */
    static String canonical(
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            @Nullable String beforeJson,
            @Nullable String afterJson) {
        return String.join(
                "\u001f",
                Long.toString(seq),
                occurredAt.toString(),
                actor,
                action,
                entityType,
                entityId,
                beforeJson == null ? "\u0000" : beforeJson,
                afterJson == null ? "\u0000" : afterJson);
    }
}
