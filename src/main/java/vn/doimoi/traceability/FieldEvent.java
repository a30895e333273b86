package vn.doimoi.traceability;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a worker records for a lot on the phone form; it becomes one EPCIS ObjectEvent.
 *
 * @param locationId where it happened (read point and business location), one of the enterprise's locations
 * @param quantity how much of the lot the step concerned; the lot's quantity when empty
 * @param partner for shipping and receiving, the customer or supplier (one step forward, one step back)
 */
public record FieldEvent(
        Step step,
        Instant time,
        UUID locationId,
        @Nullable BigDecimal quantity,
        @Nullable String partner,
        @Nullable String note) {}
