package vn.doimoi.traceability.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A webhook subscription to a named query: new events of the query are POSTed to {@code dest}, signed
 * with {@code signatureToken}, as soon as they are captured ({@code stream}) or on a schedule (a cron
 * expression: second minute hour day-of-month month day-of-week).
 */
record Subscription(
        UUID id,
        String queryName,
        String dest,
        boolean stream,
        @Nullable String schedule,
        boolean reportIfEmpty,
        Instant deliveredUntil,
        @Nullable Integer lastStatus) {}
