package vn.doimoi.identity.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The MAC keys of the audit chain, by id. Old keys stay so that old records can be verified; the
 * current one seals new records. Keys come from the key file and from configuration, never from
 * the database.
 */
@Component
class AuditKeys {

    static final String ID_PATTERN = "[A-Za-z0-9._-]{1,32}";
    private static final int MIN_KEY_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);

    private final Path file;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();
    private volatile String currentId;

    AuditKeys(AuditProperties properties) {
        this.file = properties.keyFile().toAbsolutePath();
        Map<String, String> configured = properties.keys() == null ? Map.of() : properties.keys();
        if (configured.isEmpty() && !Files.exists(file)) {
            SecretFiles.create(file, header() + line("k1", fresh()));
            log.warn(
                    "Created the audit MAC key file {} (key k1). Back it up away from the database: "
                            + "without it the audit trail cannot be verified (docs/deploy.md).",
                    file);
        }
        String lastOfFile = Files.exists(file) ? readFile() : null;
        configured.forEach((id, base64) -> keys.put(id, decode(id, base64)));
        String current = properties.currentKey();
        if (current == null) {
            current = lastOfFile != null
                    ? lastOfFile
                    : configured.size() == 1 ? configured.keySet().iterator().next() : null;
        }
        if (current == null || !keys.containsKey(current)) {
            throw new IllegalStateException("doimoi.identity.audit.current-key names no known audit key: " + current);
        }
        this.currentId = current;
    }

    String currentId() {
        return currentId;
    }

    byte[] current() {
        // the constructor refuses a current key id it holds no key for
        return Objects.requireNonNull(keys.get(currentId));
    }

    Optional<byte[]> find(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /**
     * Adds a fresh key to the key file and seals new records with it from now on; the old keys stay
     * to verify the records they sealed.
     */
    synchronized String rotate() {
        int n = keys.size() + 1;
        while (keys.containsKey("k" + n)) {
            n++;
        }
        String id = "k" + n;
        byte[] key = fresh();
        try {
            if (!Files.exists(file)) {
                SecretFiles.create(file, header());
            }
            Files.writeString(file, line(id, key), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add an audit key to " + file, e);
        }
        keys.put(id, key);
        currentId = id;
        log.warn("New audit MAC key {} added to {}; back the file up again.", id, file);
        return id;
    }

    private @Nullable String readFile() {
        String last = null;
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String text = raw.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int eq = text.indexOf('=');
                if (eq < 0) {
                    throw new IllegalStateException("Not an id=base64 line in " + file);
                }
                String id = text.substring(0, eq).strip();
                keys.put(id, decode(id, text.substring(eq + 1).strip()));
                last = id;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key file " + file, e);
        }
        return last;
    }

    private static byte[] decode(String id, String base64) {
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalStateException("An audit key id must match " + ID_PATTERN + ": " + id);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Audit key " + id + " is not base64", e);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("Audit key " + id + " is shorter than " + MIN_KEY_BYTES + " bytes");
        }
        return key;
    }

    private static byte[] fresh() {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static String header() {
        return "# doimoi audit MAC keys (ADR 0031): id=base64, one a line. The last line seals new records;\n"
                + "# keep every earlier line, it verifies the records it sealed. Never store this file in the database.\n";
    }

    private static String line(String id, byte[] key) {
        return id + "=" + Base64.getEncoder().encodeToString(key) + "\n";
    }
}
