package vn.doimoi.market.listing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What the audit trail keeps of a listing before and after each step. */
final class ListingAuditState {

    private ListingAuditState() {}

    static Map<String, Object> of(Listing listing) {
        ListingContent content = listing.content();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", listing.kind().name());
        state.put("status", listing.status().name());
        state.put("title", listing.title());
        state.put("validUntil", listing.validUntil().toString());
        state.put("anonymous", listing.anonymous());
        state.put("screening", listing.screening().level().name());
        state.put("screeningRule", listing.screening().rule());
        state.put("trl", content.trl());
        state.put("priceMin", plain(content.priceMin()));
        state.put("priceMax", plain(content.priceMax()));
        state.put("fieldCodes", String.join(",", new TreeSet<>(listing.fieldCodes())));
        state.put(
                "modes", new TreeSet<>(listing.modes()).stream().map(Enum::name).collect(Collectors.joining(",")));
        state.put(
                "changedFields", listing.changedFields().isEmpty() ? null : String.join(",", listing.changedFields()));
        return state;
    }

    private static @Nullable String plain(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
