package vn.doimoi.identity.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the keyed audit chain ({@code doimoi.identity.audit.*}, ADR 0031). The keys live
 * outside the database, so that whoever can write to it cannot recompute the chain.
 *
 * @param keyFile MAC keys, one {@code id=base64} a line, the last one signing new records; created
 *     with a fresh random key (owner-only permissions) on first start when absent
 * @param keys further MAC keys by id (base64, at least 32 bytes), e.g. from
 *     {@code DOIMOI_IDENTITY_AUDIT_KEYS_K1}; they take precedence over the file's keys of the same id
 * @param currentKey the id of the key new records use; default the last key of the file, or the
 *     only configured key
 * @param checkpointKeyFile the Ed25519 key pair that signs checkpoints; created when absent
 * @param checkpointFile where signed checkpoints are appended, for the operator to ship elsewhere
 * @param checkpointInterval how often a checkpoint is written (only when the trail grew)
 * @param checkpointInitialDelay the first checkpoint after start
 */
@Validated
@ConfigurationProperties("doimoi.identity.audit")
public record AuditProperties(
        @NotNull @DefaultValue("data/audit-mac-keys") Path keyFile,
        @Nullable Map<String, String> keys,
        @Nullable @Pattern(regexp = AuditKeys.ID_PATTERN) String currentKey,
        @NotNull @DefaultValue("data/audit-checkpoint-key") Path checkpointKeyFile,
        @NotNull @DefaultValue("data/audit-checkpoints.log") Path checkpointFile,
        @NotNull @DefaultValue("PT5M") Duration checkpointInterval,
        @NotNull @DefaultValue("PT1M") Duration checkpointInitialDelay) {}
