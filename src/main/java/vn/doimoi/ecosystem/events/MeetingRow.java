package vn.doimoi.ecosystem.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A B2B meeting as one of its two sides sees it: {@code mineToAnswer} when the reader is the
 * invitee of a request, {@code otherName} and {@code otherOrganisation} the other side.
 */
public record MeetingRow(
        UUID id,
        UUID eventId,
        String eventTitle,
        Instant slotStart,
        int slotMinutes,
        UUID requesterId,
        UUID inviteeId,
        MeetingStatus status,
        @Nullable String note,
        String otherName,
        @Nullable String otherOrganisation,
        boolean mineToAnswer) {

    public LocalDateTime start() {
        return EventTimes.local(slotStart);
    }

    public LocalDateTime end() {
        return EventTimes.local(slotStart).plusMinutes(slotMinutes);
    }
}
