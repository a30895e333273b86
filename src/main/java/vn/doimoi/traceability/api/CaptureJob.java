package vn.doimoi.traceability.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A capture in progress or done, as {@code GET /epcis/capture/{id}} shows it: RUNNING with how many
 * of the document's events are stored so far, then SUCCEEDED or FAILED with the errors.
 */
record CaptureJob(
        UUID id,
        String status,
        String errorBehaviour,
        int total,
        int captured,
        List<CaptureError> errors,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    boolean running() {
        return "RUNNING".equals(status);
    }
}
