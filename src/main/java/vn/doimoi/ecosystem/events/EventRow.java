package vn.doimoi.ecosystem.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.EventKind;

/**
 * An event as its pages show it, with how many are registered and waiting, and why STAFF called it
 * off when they did. Times are instants; {@link #start()} and {@link #end()} give Vietnam's wall clock.
 */
public record EventRow(
        UUID id,
        EventKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        String communeCode,
        String communeName,
        String venue,
        int capacity,
        LocalDate registrationDeadline,
        int slotMinutes,
        String description,
        boolean cancelled,
        @Nullable String cancelReason,
        int confirmed,
        int waiting,
        long rowVersion) {

    public LocalDateTime start() {
        return EventTimes.local(startsAt);
    }

    public LocalDateTime end() {
        return EventTimes.local(endsAt);
    }

    /** Whether the event has ended by {@code now}. */
    public boolean over(Instant now) {
        return !endsAt.isAfter(now);
    }

    /** Whether people may still register on {@code today} (Vietnam's calendar day). */
    public boolean registrationOpen(Instant now) {
        LocalDate today = EventTimes.local(now).toLocalDate();
        return !cancelled && !over(now) && !today.isAfter(registrationDeadline);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }

    /** The B2B meeting slots: from the start, one every {@link #slotMinutes}, each ending by the end. */
    public List<Instant> slots() {
        List<Instant> slots = new ArrayList<>();
        Duration length = Duration.ofMinutes(slotMinutes);
        for (Instant slot = startsAt; !slot.plus(length).isAfter(endsAt); slot = slot.plus(length)) {
            slots.add(slot);
        }
        return slots;
    }
}
