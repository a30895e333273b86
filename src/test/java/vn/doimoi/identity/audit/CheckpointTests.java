package vn.doimoi.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint line, its signature, and the key files, without the application. */
class CheckpointTests {

    @TempDir
    Path dir;

    private final Instant at = Instant.parse("2026-12-07T03:00:00Z");
    private final String mac = "0123456789abcdef".repeat(4);

    @Test
    void aSignedCheckpointReadsBackFromItsLineAndVerifies() {
        CheckpointSigner signer = new CheckpointSigner(properties());

        Checkpoint checkpoint = signer.sign(62_001, mac, at);
        String line = checkpoint.line();

        assertThat(line)
                .startsWith("doimoi-audit-checkpoint v1 seq=62001 mac=" + mac + " at=2026-12-07T03:00:00Z signer=");
        assertThat(Checkpoint.parse("  " + line + "\n")).contains(checkpoint);
        assertThat(signer.signed(checkpoint)).isTrue();
    }

    @Test
    void aCheckpointWithAnyFieldChangedNoLongerVerifies() {
        CheckpointSigner signer = new CheckpointSigner(properties());
        String line = signer.sign(5, mac, at).line();

        assertThat(Checkpoint.parse(line.replace("seq=5 ", "seq=6 ")).filter(signer::signed))
                .isEmpty();
        assertThat(Checkpoint.parse(line.replace("mac=0123", "mac=1123")).filter(signer::signed))
                .isEmpty();
        assertThat(Checkpoint.parse(line.replace("03:00:00Z", "04:00:00Z")).filter(signer::signed))
                .isEmpty();
    }

    @Test
    void anotherInstallationsCheckpointIsNotAccepted() {
        CheckpointSigner ours = new CheckpointSigner(properties());
        CheckpointSigner theirs = new CheckpointSigner(properties(dir.resolve("elsewhere")));

        assertThat(ours.signed(theirs.sign(5, mac, at))).isFalse();
    }

    @Test
    void textThatIsNotACheckpointLineIsNotReadAsOne() {
        assertThat(Checkpoint.parse("")).isEmpty();
        assertThat(Checkpoint.parse(
                        "doimoi-audit-checkpoint v1 seq=0 mac=" + mac + " at=x signer=0123456789abcdef sig=AA"))
                .isEmpty();
        assertThat(Checkpoint.parse("doimoi-audit-checkpoint v1 seq=1 mac=" + mac
                        + " at=not-a-time signer=0123456789abcdef sig=AA"))
                .isEmpty();
        assertThat(Checkpoint.parse("doimoi-audit-checkpoint v1 seq=99999999999999999999 mac=" + mac
                        + " at=2026-12-07T03:00:00Z signer=0123456789abcdef sig=AA"))
                .isEmpty();
    }

    @Test
    void theKeysAreCreatedOnceReadableByTheOwnerOnlyAndKeptAcrossStarts() throws Exception {
        AuditKeys first = new AuditKeys(properties());
        new CheckpointSigner(properties());
        Path keyFile = dir.resolve("audit-mac-keys");

        AuditKeys again = new AuditKeys(properties());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("audit-checkpoint-key"))))
                .isEqualTo("rw-------");
        assertThat(again.currentId()).isEqualTo("k1");
        assertThat(again.current()).isEqualTo(first.current());
    }

    @Test
    void aRotatedKeySealsNewRecordsAndTheOldOneStaysAfterARestart() {
        AuditKeys keys = new AuditKeys(properties());
        byte[] old = keys.current();

        String id = keys.rotate();
        AuditKeys restarted = new AuditKeys(properties());

        assertThat(id).isEqualTo("k2");
        assertThat(restarted.currentId()).isEqualTo("k2");
        assertThat(restarted.find("k1")).contains(old);
    }

    private AuditProperties properties() {
        return properties(dir);
    }

    private static AuditProperties properties(Path in) {
        return new AuditProperties(
                in.resolve("audit-mac-keys"),
                null,
                null,
                in.resolve("audit-checkpoint-key"),
                in.resolve("audit-checkpoints.log"),
                Duration.ofMinutes(5),
                Duration.ofMinutes(1));
    }
}
