package vn.doimoi.ecosystem.events;

import java.time.Duration;
import vn.doimoi.ecosystem.NewEvent;
import vn.doimoi.shared.DomainException;

/** What makes a publishable event: a title, an end after the start, a deadline before the end, room for people. */
final class EventRules {

    static final int MAX_CAPACITY = 100_000;

    /** A fair lasts days, not months: longer is a typing mistake. */
    static final Duration LONGEST = Duration.ofDays(31);

    private EventRules() {}

    static void check(NewEvent event) {
        if (event.title().isBlank() || event.title().strip().length() > 300) {
            throw DomainException.invalid("events.error.title");
        }
        if (!event.endsAt().isAfter(event.startsAt())) {
            throw DomainException.invalid("events.error.endBeforeStart");
        }
        if (Duration.between(event.startsAt(), event.endsAt()).compareTo(LONGEST) > 0) {
            throw DomainException.invalid("events.error.tooLong");
        }
        if (event.registrationDeadline().isAfter(event.endsAt().toLocalDate())) {
            throw DomainException.invalid("events.error.deadlineAfterEnd");
        }
        if (event.capacity() < 1 || event.capacity() > MAX_CAPACITY) {
            throw DomainException.invalid("events.error.capacity");
        }
        if (event.slotMinutes() < 10 || event.slotMinutes() > 240) {
            throw DomainException.invalid("events.error.slotMinutes");
        }
        if (event.venue().isBlank() || event.venue().strip().length() > 300) {
            throw DomainException.invalid("events.error.venue");
        }
        if (event.description().isBlank() || event.description().length() > 20_000) {
            throw DomainException.invalid("events.error.description");
        }
    }
}
