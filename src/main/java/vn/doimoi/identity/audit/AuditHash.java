package vn.doimoi.identity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a record's fields and the previous record's hash: the link of the chain as it was
 * written before the keyed chain (ADR 0031). Verification still checks records written that way.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    static String of(AuditTrail.Fields fields, String prevHash) {
        return link(fields.canonical(), prevHash);
    }

    /** The legacy link of a stored record, to check it against the hash it holds. */
    static String of(AuditTrail.Entry entry) {
        return of(entry.fields(), entry.prevHash());
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
}
