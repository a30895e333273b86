package vn.doimoi.market.listing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.FieldCode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.shared.DomainException;

/** What a listing must satisfy before it is kept, and the screening of its whole text. */
@Component
class ListingChecks {

    private final Directory directory;
    private final ScreeningLists screening;
    private final Clock clock;

    ListingChecks(Directory directory, ScreeningLists screening, Clock clock) {
        this.directory = directory;
        this.screening = screening;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Listings.VIETNAM));
    }

    ScreeningResult screen(Listing listing) {
        return screening.screen(listing.title() + "\n" + listing.summary() + "\n" + listing.getBody(), today());
    }

    void validate(ListingKind kind, ListingContent content) {
        if (content.title() == null || content.title().isBlank()) {
            throw DomainException.refused("market.error.titleRequired");
        }
        if (content.summary() == null || content.summary().isBlank()) {
            throw DomainException.refused("market.error.summaryRequired");
        }
        if (content.trl() != null && (content.trl() < 1 || content.trl() > 9)) {
            throw DomainException.refused("market.error.trl");
        }
        BigDecimal min = content.priceMin();
        BigDecimal max = content.priceMax();
        if ((min != null && min.signum() < 0)
                || (max != null && max.signum() < 0)
                || (min != null && max != null && min.compareTo(max) > 0)) {
            throw DomainException.refused("market.error.priceRange");
        }
        if (!content.validUntil().isAfter(today())) {
            throw DomainException.refused("market.error.validUntilPast");
        }
        if (kind == ListingKind.SERVICE && content.serviceKind() == null) {
            throw DomainException.refused("market.error.serviceKindRequired");
        }
        Set<String> known = directory.fieldCodes().stream().map(FieldCode::code).collect(Collectors.toSet());
        for (String code : content.fieldCodes()) {
            boolean valid = code.matches("\\d{1,7}")
                    && Stream.of(code.length() >= 3 ? code.substring(0, 3) : code)
                            .anyMatch(known::contains);
            if (!valid) {
                throw DomainException.refused("market.error.fieldCode", code);
            }
        }
    }
}
