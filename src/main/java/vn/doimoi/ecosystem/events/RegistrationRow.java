package vn.doimoi.ecosystem.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person's registration to an event; {@code organisationName} when they registered for their
 * organisation; {@code place} their place in the waiting line (1 = next), 0 when not waiting;
 * {@code eventCancelled} once STAFF called the event off (the registration stays, for its {@code .ics}).
 */
public record RegistrationRow(
        UUID id,
        UUID eventId,
        String eventTitle,
        Instant eventStartsAt,
        boolean eventCancelled,
        UUID userId,
        String personName,
        @Nullable UUID organisationId,
        @Nullable String organisationName,
        RegistrationStatus status,
        int place,
        Instant createdAt) {

    public boolean confirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    public boolean waiting() {
        return status == RegistrationStatus.WAITING;
    }
}
