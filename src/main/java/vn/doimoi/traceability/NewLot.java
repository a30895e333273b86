package vn.doimoi.traceability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lot (batch) of a product: what AI (10) of its Digital Link names.
 *
 * @param lotNumber up to 20 letters, digits, '-', '.' or '_' (a subset of GS1's AI 10 characters that
 *     needs no percent-encoding in a URI, so the printed code stays short)
 * @param unit a UN/ECE Recommendation 20 code (KGM, TNE, H87)
 */
public record NewLot(
        UUID productId,
        String lotNumber,
        LocalDate producedOn,
        @Nullable LocalDate expiresOn,
        BigDecimal quantity,
        String unit) {}
