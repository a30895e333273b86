package vn.doimoi.market.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.Matches;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.matching.Matching;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;

/**
 * Public listings as JSON. The owner appears only for listings that are not anonymous: the
 * API answers anonymous readers, so an anonymous owner never leaves doimoi this way.
 */
@RestController
class MarketApiController {

    private final Listings listings;
    private final Matching matching;

    MarketApiController(Listings listings, Matching matching) {
        this.listings = listings;
        this.matching = matching;
    }

    /** A listing as the public API shows it. */
    record ListingJson(
            UUID id,
            ListingKind kind,
            ListingStatus status,
            String title,
            String summary,
            @Nullable String problem,
            @Nullable String advantages,
            @Nullable String requirements,
            @Nullable Integer trl,
            List<String> fieldCodes,
            List<CooperationMode> modes,
            @Nullable BigDecimal priceMin,
            @Nullable BigDecimal priceMax,
            @Nullable String region,
            LocalDate validUntil,
            boolean anonymous,
            @Nullable UUID ownerId,
            @Nullable String ownerName,
            String url) {

        static ListingJson of(ListingView view) {
            return new ListingJson(
                    view.id(),
                    view.kind(),
                    view.status(),
                    view.title(),
                    view.summary(),
                    view.problem(),
                    view.advantages(),
                    view.requirements(),
                    view.trl(),
                    view.fieldCodes(),
                    view.modes().stream().sorted().toList(),
                    view.priceMin(),
                    view.priceMax(),
                    view.region(),
                    view.validUntil(),
                    view.anonymous(),
                    view.anonymous() ? null : view.owner(),
                    view.anonymous() ? null : view.ownerName(),
                    "/market/listings/" + view.id());
        }
    }

    /**
     * A page of listings; {@code total} is kept for existing clients, {@code totalElements} and
     * {@code totalPages} are the names the other paged APIs use (issue 16 #7).
     */
    record Page(List<ListingJson> items, long total, int page, int size, long totalElements, int totalPages) {}

    @GetMapping("/api/v1/market/listings")
    Page list(
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ListingKind chosen = MarketController.parseKind(kind);
        Paging paging = new Paging(page, size);
        List<ListingJson> items = listings.live(chosen, paging.page(), paging.size()).stream()
                .map(ListingJson::of)
                .toList();
        PageOf<ListingJson> found = new PageOf<>(items, paging.page(), paging.size(), listings.countLive(chosen));
        return new Page(
                items, found.totalElements(), found.page(), found.size(), found.totalElements(), found.totalPages());
    }

    @GetMapping("/api/v1/market/listings/{id}")
    ListingJson one(@PathVariable UUID id) {
        ListingView view = listings.view(id, null);
        if (!view.status().isLive()) {
            throw new NotFoundException("listing", id);
        }
        return ListingJson.of(view);
    }

    @GetMapping("/api/v1/market/listings/{id}/matches")
    Matches matches(@PathVariable UUID id, @RequestParam(defaultValue = "10") int limit) {
        ListingView view = listings.view(id, null);
        if (!view.status().isLive()) {
            throw new NotFoundException("listing", id);
        }
        return matching.matchesFor(id, Math.max(1, Math.min(50, limit)));
    }
}
