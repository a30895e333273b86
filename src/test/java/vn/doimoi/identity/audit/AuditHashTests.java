package vn.doimoi.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTests {

    private final Instant at = Instant.parse("2026-11-27T08:00:00.123456Z");

    @Test
    void isTheSameForTheSameRecord() {
        assertThat(hash("a", "b", AuditHash.GENESIS))
                .isEqualTo(hash("a", "b", AuditHash.GENESIS))
                .hasSize(64);
    }

    @Test
    void changesWhenAnyFieldOrThePreviousHashChanges() {
        String original = hash("{\"x\":1}", "{\"x\":2}", AuditHash.GENESIS);
        assertThat(hash("{\"x\":1}", "{\"x\":3}", AuditHash.GENESIS)).isNotEqualTo(original);
        assertThat(hash("{\"x\":1}", "{\"x\":2}", "1".repeat(64))).isNotEqualTo(original);
    }

    @Test
    void tellsAMissingStateFromAnEmptyOne() {
        assertThat(hash(null, "{}", AuditHash.GENESIS)).isNotEqualTo(hash("", "{}", AuditHash.GENESIS));
    }

    private String hash(String before, String after, String previous) {
        return AuditHash.of(
                new AuditTrail.Fields(7, at, "admin", "user.updated", "identity.user", "42", before, after), previous);
    }
}
