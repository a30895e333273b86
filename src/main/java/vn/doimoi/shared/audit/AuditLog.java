package vn.doimoi.shared.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The append-only, hash-chained audit trail. Every state change calls {@link #record} inside its
 * own transaction, so the record exists exactly when the change does.
 */
public interface AuditLog {

    /**
     * Appends a record for the current user.
     *
     * @param action what happened, e.g. {@code user.created}, {@code organisation.updated}
     * @param entityType the kind of record changed, e.g. {@code identity.user}
     * @param entityId its identifier
     * @param before the relevant state before the change, null when created
     * @param after the relevant state after the change, null when deleted
     */
    void record(
            String action,
            String entityType,
            String entityId,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after);
}
