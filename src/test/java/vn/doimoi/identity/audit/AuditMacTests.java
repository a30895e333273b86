package vn.doimoi.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditMacTests {

    private final byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private final Instant at = Instant.parse("2026-12-07T03:00:00.123456Z");

    @Test
    void isTheSameForTheSameRecordAndKey() {
        assertThat(mac(key, "k1", "{\"x\":1}"))
                .isEqualTo(mac(key, "k1", "{\"x\":1}"))
                .hasSize(64);
    }

    @Test
    void withoutTheKeyTheUnkeyedHashOfTheSameRecordIsNotTheMac() {
        String hash = AuditHash.of(
                new AuditTrail.Fields(7, at, "admin", "user.updated", "identity.user", "42", null, "{\"x\":1}"),
                AuditHash.GENESIS);
        assertThat(mac(key, "k1", "{\"x\":1}")).isNotEqualTo(hash);
    }

    @Test
    void changesWithTheKeyTheKeyIdAndTheContent() {
        String original = mac(key, "k1", "{\"x\":1}");
        assertThat(mac(otherKey, "k1", "{\"x\":1}")).isNotEqualTo(original);
        assertThat(mac(key, "k2", "{\"x\":1}")).isNotEqualTo(original);
        assertThat(mac(key, "k1", "{\"x\":2}")).isNotEqualTo(original);
    }

    @Test
    void comparesWholeValuesOnly() {
        assertThat(AuditMac.same("ab".repeat(32), "ab".repeat(32))).isTrue();
        assertThat(AuditMac.same("ab".repeat(32), "ab".repeat(31) + "ac")).isFalse();
        assertThat(AuditMac.same("ab".repeat(32), "ab".repeat(31))).isFalse();
    }

    private String mac(byte[] secret, String keyId, String after) {
        return AuditMac.of(
                secret,
                keyId,
                new AuditTrail.Fields(7, at, "admin", "user.updated", "identity.user", "42", null, after),
                AuditHash.GENESIS);
    }
}
