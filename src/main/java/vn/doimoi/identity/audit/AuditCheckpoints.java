package vn.doimoi.identity.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends signed checkpoints of the trail's head to a file outside the database, at an interval
 * and only when the trail grew. A checkpoint is written only after the records since the previous
 * one were checked, so it never vouches for a chain that was already tampered with.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    /** The checkpoint file's lines that carry a valid signature, oldest first, and how many do not. */
    record Loaded(List<Checkpoint> valid, int invalid) {
        @Nullable
        Checkpoint newest() {
            return valid.isEmpty() ? null : valid.get(valid.size() - 1);
        }
    }

    private final Path file;
    private final CheckpointSigner signer;
    private final ChainReader chain;
    private final Clock clock;

    AuditCheckpoints(AuditProperties properties, CheckpointSigner signer, ChainReader chain, Clock clock) {
        this.file = properties.checkpointFile().toAbsolutePath();
        this.signer = signer;
        this.chain = chain;
        this.clock = clock;
    }

    /** Writes a checkpoint of the current head when the trail grew and still holds; empty otherwise. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public synchronized Optional<Checkpoint> write() {
        Checkpoint previous = load().newest();
        // From the previous checkpoint on (the whole chain before the first): it must still be there.
        AuditTrail.Verification since = previous == null
                ? chain.walk(1, AuditHash.GENESIS, List.of(), 0)
                : chain.walk(previous.seq(), null, List.of(previous), 0);
        if (!since.intact()) {
            log.error(
                    "The audit trail does not hold at record {} ({} {}); no checkpoint written. Check /admin/audit/verify.",
                    since.brokenAt(),
                    since.problemKey(),
                    since.problemArgs());
            return Optional.empty();
        }
        AuditTrail.Head head = chain.head();
        if (head.seq() == 0 || (previous != null && previous.seq() == head.seq())) {
            return Optional.empty();
        }
        Checkpoint checkpoint =
                signer.sign(head.seq(), head.hash(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        append(checkpoint);
        return Optional.of(checkpoint);
    }

    Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(List.of(), 0);
        }
        List<Checkpoint> valid = new ArrayList<>();
        int invalid = 0;
        try (var lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                Optional<Checkpoint> checkpoint = Checkpoint.parse(line).filter(signer::signed);
                if (checkpoint.isPresent()) {
                    valid.add(checkpoint.get());
                } else {
                    invalid++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read the audit checkpoints " + file, e);
        }
        return new Loaded(valid, invalid);
    }

    private void append(Checkpoint checkpoint) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(
                    file,
                    checkpoint.line() + "\n",
                    StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoints " + file, e);
        }
    }

    Path file() {
        return file;
    }
}
