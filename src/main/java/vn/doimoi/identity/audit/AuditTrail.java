package vn.doimoi.identity.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail and checks that its chain is whole: every record sealed by its key, and
 * the chain agreeing with the checkpoints kept outside the database (ADR 0031).
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ChainReader chain;
    private final AuditCheckpoints checkpoints;
    private final CheckpointSigner signer;

    AuditTrail(JdbcClient jdbc, ChainReader chain, AuditCheckpoints checkpoints, CheckpointSigner signer) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    /**
     * What one audit record says, the part its hash or MAC seals together with the link to the
     * previous record.
     */
    public record Fields(
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            @Nullable String beforeJson,
            @Nullable String afterJson) {

        /** A unit separator between fields, so that moving text from one field to the next changes the seal. */
        String canonical() {
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

    /**
     * One audit record as stored.
     *
     * @param hash the HMAC-SHA256 under key {@code keyId}, or for a record written before the keyed
     *     chain ({@code keyId} null) its SHA-256
     */
    public record Entry(
            Fields fields,
            String prevHash,
            String hash,
            @Nullable String keyId) {

        /** The record's place in the chain. */
        public long seq() {
            return fields.seq();
        }
    }

    /** The newest record's number and MAC, as the head row holds them. */
    public record Head(long seq, String hash, @Nullable String keyId) {}

    /**
     * The outcome of a verification: how many records were checked and, when broken, the first
     * place where the chain does not hold and why (a message key with its arguments); how many
     * checkpoints the chain agreed with, the newest of them, and how many lines of the checkpoint
     * file carry no valid signature.
     */
    public record Verification(
            long checked,
            @Nullable Long brokenAt,
            @Nullable String problemKey,
            List<Object> problemArgs,
            int checkpointsMatched,
            @Nullable Checkpoint newestCheckpoint,
            int unsignedCheckpoints) {
        public boolean intact() {
            return brokenAt == null;
        }
    }

    public List<Entry> latest(int page, int size) {
        return jdbc.sql("select * from identity.audit_log order by seq desc limit ? offset ?")
                .params(size, (long) page * size)
                .query(ChainReader::entry)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from identity.audit_log")
                .query(Long.class)
                .single();
    }

    /** Walks the whole chain in order, checking every record and every checkpoint in the file. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        return verify(null);
    }

    /**
     * As {@link #verify()}, also against a checkpoint the administrator kept elsewhere, which must
     * carry this installation's signature (see {@link #checkpoint(String)}).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ) // rows and head from one snapshot
    public Verification verify(@Nullable Checkpoint pasted) {
        AuditCheckpoints.Loaded loaded = checkpoints.load();
        List<Checkpoint> all = new ArrayList<>(loaded.valid());
        if (pasted != null) {
            all.add(pasted);
        }
        return chain.walk(1, AuditHash.GENESIS, all, loaded.invalid());
    }

    public Head head() {
        return chain.head();
    }

    /** A checkpoint line as pasted, if it reads as one and this installation signed it. */
    public Optional<Checkpoint> checkpoint(String line) {
        return Checkpoint.parse(line).filter(signer::signed);
    }

    /** The newest checkpoints first, for the administrator to copy elsewhere. */
    public List<Checkpoint> latestCheckpoints(int count) {
        List<Checkpoint> valid = checkpoints.load().valid();
        List<Checkpoint> newest = new ArrayList<>(valid.subList(Math.max(0, valid.size() - count), valid.size()));
        Collections.reverse(newest);
        return newest;
    }

    /** The key that checks checkpoint signatures, to keep beside the copies of the checkpoints. */
    public String checkpointPublicKey() {
        return signer.publicKeyPem();
    }

    public String checkpointFile() {
        return checkpoints.file().toString();
    }
}
