package vn.doimoi.market.listing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;

/**
 * What a reader narrows the marketplace to; every part is optional and they combine (and). A
 * price range keeps the listings whose own price range meets it (listings without a price are left
 * out once a price is asked for); the TRL is a minimum; the field is a sector code and everything
 * under it.
 */
public record ListingFilter(
        @Nullable ListingKind kind,
        String query,
        @Nullable String sector,
        @Nullable Integer trlMin,
        @Nullable CooperationMode mode,
        @Nullable BigDecimal priceMin,
        @Nullable BigDecimal priceMax,
        @Nullable String province) {

    public ListingFilter {
        query = query == null ? "" : query.strip();
    }

    public static ListingFilter none() {
        return new ListingFilter(null, "", null, null, null, null, null, null);
    }

    public static ListingFilter ofKind(@Nullable ListingKind kind) {
        return new ListingFilter(kind, "", null, null, null, null, null, null);
    }
}
