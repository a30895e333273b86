package vn.doimoi.identity.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over a record's fields, its key id and the previous record's MAC: the link of the
 * keyed chain. Without the key, which never enters the database, no one can compute a valid link.
 */
final class AuditMac {

    /** Separates these MACs from any other use of the same key. */
    private static final String DOMAIN = "doimoi.audit.v2";

    private AuditMac() {}

    static String of(byte[] key, String keyId, AuditTrail.Fields fields, String prevHash) {
        return mac(key, keyId, fields.canonical(), prevHash);
    }

    /** The keyed link of a stored record under {@code key}, to check it against the MAC it holds. */
    static String of(byte[] key, String keyId, AuditTrail.Entry entry) {
        return of(key, keyId, entry.fields(), entry.prevHash());
    }

    private static String mac(byte[] key, String keyId, String canonical, String prevHash) {
        String message = String.join("\u001f", DOMAIN, keyId, canonical, prevHash);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    /** Compares in constant time, so that timing does not reveal how much of a forged MAC is right. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
