package vn.doimoi.identity;

import java.time.Instant;
import java.util.UUID;

/** A notification in a user's inbox. */
public record NotificationView(UUID id, String subject, String body, String link, Instant createdAt, boolean read) {}
