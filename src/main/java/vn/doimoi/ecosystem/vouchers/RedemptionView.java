package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A redemption of a voucher with a provider, and the evidence of its delivery. */
public record RedemptionView(
        UUID id,
        UUID voucherId,
        String voucherCode,
        UUID organisationId,
        String organisationName,
        UUID listingId,
        String listingTitle,
        UUID providerId,
        String providerName,
        BigDecimal amount,
        @Nullable String note,
        RedemptionState state,
        @Nullable String deliveryNote,
        @Nullable String refusalReason,
        @Nullable BigDecimal paidAmount,
        @Nullable LocalDate paidOn,
        @Nullable String paymentReference,
        Instant requestedAt,
        List<Evidence> evidence,
        long version) {

    public RedemptionView {
        evidence = List.copyOf(evidence);
    }

    /** A file the provider gave as evidence of the delivery. */
    public record Evidence(UUID id, String name, String mediaType, long size) {}

    public RedemptionView withEvidence(List<Evidence> files) {
        return new RedemptionView(
                id,
                voucherId,
                voucherCode,
                organisationId,
                organisationName,
                listingId,
                listingTitle,
                providerId,
                providerName,
                amount,
                note,
                state,
                deliveryNote,
                refusalReason,
                paidAmount,
                paidOn,
                paymentReference,
                requestedAt,
                files,
                version);
    }
}
