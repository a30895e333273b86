package vn.doimoi.identity.audit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks records one after the other, in order: numbering without gaps, each linking to the one
 * before, each sealed by its key (or, before the switch-over, hashed), and each agreeing with any
 * checkpoint taken at its number. Keeps the first problem.
 */
final class ChainCheck {

    /** Where the chain first does not hold, and why: a message key with its arguments. */
    record Problem(long at, String key, List<Object> args) {
        static Problem of(long at, String key, Object... args) {
            return new Problem(at, key, List.of(args));
        }
    }

    private final AuditKeys keys;
    private final Map<Long, Checkpoint> checkpoints;
    private long expected;
    private @Nullable String previousHash;
    private @Nullable Long lastLegacy;
    private boolean keyedSeen;
    private long checked;
    private int checkpointsMatched;
    private @Nullable Checkpoint newestMatched;

    /**
     * @param previousHash the hash the first record must link to, or null to take the first record's
     *     link on trust (a walk that starts at a checkpoint)
     */
    ChainCheck(AuditKeys keys, Map<Long, Checkpoint> checkpoints, long firstSeq, @Nullable String previousHash) {
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.expected = firstSeq;
        this.previousHash = previousHash;
    }

    @Nullable
    Problem accept(AuditTrail.Entry entry) {
        long seq = entry.seq();
        if (seq != expected) {
            return Problem.of(seq, "audit.verify.missing", expected, seq - 1);
        }
        if (previousHash != null && !entry.prevHash().equals(previousHash)) {
            if (entry.keyId() != null && lastLegacy != null && !keyedSeen) {
                return Problem.of(seq, "audit.verify.legacyRewritten", seq, lastLegacy);
            }
            return Problem.of(seq, "audit.verify.linkBroken", seq);
        }
        String keyId = entry.keyId();
        Problem sealed = keyId == null ? legacy(entry) : keyed(entry, keyId);
        if (sealed != null) {
            return sealed;
        }
        Checkpoint checkpoint = checkpoints.get(seq);
        if (checkpoint != null) {
            if (!AuditMac.same(checkpoint.mac(), entry.hash())) {
                return Problem.of(
                        seq,
                        "audit.verify.checkpointDiffers",
                        seq,
                        checkpoint.at().toString());
            }
            checkpointsMatched++;
            newestMatched = checkpoint;
        }
        checked++;
        expected = seq + 1;
        previousHash = entry.hash();
        return null;
    }

    private @Nullable Problem legacy(AuditTrail.Entry entry) {
        if (keyedSeen) {
            // Records after the first keyed one are all keyed: an unkeyed one is a downgrade by hand.
            return Problem.of(entry.seq(), "audit.verify.unkeyed", entry.seq());
        }
        String recomputed = AuditHash.of(entry);
        if (!recomputed.equals(entry.hash())) {
            return Problem.of(entry.seq(), "audit.verify.altered", entry.seq());
        }
        lastLegacy = entry.seq();
        return null;
    }

    private @Nullable Problem keyed(AuditTrail.Entry entry, String keyId) {
        byte[] key = keys.find(keyId).orElse(null);
        if (key == null) {
            return Problem.of(entry.seq(), "audit.verify.unknownKey", entry.seq(), keyId);
        }
        String recomputed = AuditMac.of(key, keyId, entry);
        if (!AuditMac.same(recomputed, entry.hash())) {
            return Problem.of(entry.seq(), "audit.verify.altered", entry.seq());
        }
        keyedSeen = true;
        return null;
    }

    /** The number of the last record that held, 0 before any. */
    long last() {
        return expected - 1;
    }

    @Nullable
    String lastHash() {
        return previousHash;
    }

    long checked() {
        return checked;
    }

    int checkpointsMatched() {
        return checkpointsMatched;
    }

    @Nullable
    Checkpoint newestMatched() {
        return newestMatched;
    }
}
