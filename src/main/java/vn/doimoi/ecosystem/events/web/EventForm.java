package vn.doimoi.ecosystem.events.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.EventKind;
import vn.doimoi.ecosystem.NewEvent;
import vn.doimoi.ecosystem.events.EventRow;
import vn.doimoi.shared.web.FormErrors;

/** The event form: days as dd/MM/yyyy (the shared formatter), hours as HH:mm, Vietnam's time. */
public record EventForm(
        @NotNull @Nullable EventKind kind,
        @NotBlank @Size(max = 300) @Nullable String title,
        @NotNull @Nullable LocalDate startDate,
        @NotBlank @Pattern(regexp = TIME) @Nullable String startTime,
        @NotNull @Nullable LocalDate endDate,
        @NotBlank @Pattern(regexp = TIME) @Nullable String endTime,
        @NotBlank @Nullable String communeCode,
        @NotBlank @Size(max = 300) @Nullable String venue,
        @NotNull @Nullable Integer capacity,
        @NotNull @Nullable LocalDate registrationDeadline,
        @NotNull @Nullable Integer slotMinutes,
        @NotBlank @Size(max = 20000) @Nullable String description,
        @Nullable Long rowVersion) {

    /** 00:00 to 23:59. */
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    static EventForm empty() {
        return new EventForm(
                EventKind.TECHNOLOGY_FAIR, null, null, "08:00", null, "17:00", null, null, 200, null, 30, null, null);
    }

    static EventForm of(EventRow event) {
        return new EventForm(
                event.kind(),
                event.title(),
                event.start().toLocalDate(),
                HOURS.format(event.start()),
                event.end().toLocalDate(),
                HOURS.format(event.end()),
                event.communeCode(),
                event.venue(),
                event.capacity(),
                event.registrationDeadline(),
                event.slotMinutes(),
                event.description(),
                event.rowVersion());
    }

    /** The event; only called once validation found nothing. */
    NewEvent event() {
        return new NewEvent(
                kind == null ? EventKind.TECHNOLOGY_FAIR : kind,
                text(title),
                LocalDateTime.of(require(startDate), require(hour(startTime))),
                LocalDateTime.of(require(endDate), require(hour(endTime))),
                text(communeCode),
                text(venue),
                capacity == null ? 0 : capacity,
                require(registrationDeadline),
                slotMinutes == null ? 0 : slotMinutes,
                text(description));
    }

    static @Nullable LocalTime hour(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip(), HOURS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static <T> T require(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("checked before");
        }
        return value;
    }

    /** Which field a refusal of the domain concerns. */
    static String field(vn.doimoi.shared.DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "events.error.title" -> "title";
            case "events.error.endBeforeStart", "events.error.tooLong" -> "endDate";
            case "events.error.deadlineAfterEnd" -> "registrationDeadline";
            case "events.error.capacity", "events.error.capacityBelowConfirmed" -> "capacity";
            case "events.error.slotMinutes" -> "slotMinutes";
            case "events.error.venue" -> "venue";
            case "events.error.commune" -> "communeCode";
            case "events.error.description" -> "description";
            default -> FormErrors.GLOBAL;
        };
    }
}
