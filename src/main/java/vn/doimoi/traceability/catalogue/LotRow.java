package vn.doimoi.traceability.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lot with its product's GTIN and name, and its recall when there is one. */
public record LotRow(
        UUID id,
        UUID productId,
        UUID organisationId,
        String gtin,
        String productName,
        String lotNumber,
        LocalDate producedOn,
        @Nullable LocalDate expiresOn,
        BigDecimal quantity,
        String unit,
        @Nullable LocalDate recalledOn,
        @Nullable String recallReason,
        long rowVersion) {

    public boolean recalled() {
        return recalledOn != null;
    }

    /** The lot's EPC class as GS1 Digital Link, the identifier its events carry. */
    public String epcClass() {
        return "https://id.gs1.org/01/" + gtin + "/10/" + lotNumber;
    }
}
