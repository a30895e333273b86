package vn.doimoi.ecosystem;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An event as STAFF publish it; times are wall-clock times in Asia/Ho_Chi_Minh.
 *
 * @param communeCode a commune of the province the platform serves (the {@code places} list)
 * @param slotMinutes how long one B2B meeting slot lasts
 */
public record NewEvent(
        EventKind kind,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String communeCode,
        String venue,
        int capacity,
        LocalDate registrationDeadline,
        int slotMinutes,
        String description) {}
