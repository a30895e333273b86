package vn.doimoi.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A transfer contract was signed through the marketplace (for statistics and indicators). */
public record DealSigned(
        UUID dealId, UUID listingId, LocalDate signedOn, BigDecimal contractValue, boolean registrationRequired) {}
