package vn.doimoi.market.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import vn.doimoi.market.Screening;

/**
 * The screening's finding with the list entries it matched and their legal source, and the code of
 * the list version it was screened against. A listing keeps the last one it was screened to.
 */
@Embeddable
public record ScreeningResult(
        @Enumerated(EnumType.STRING) @Column(name = "screening")
        Screening level,

        @Column(name = "screening_note") @Nullable String note,
        @Column(name = "screening_rule") @Nullable String rule) {

    static final ScreeningResult CLEAR = new ScreeningResult(Screening.CLEAR, null, null);

    public ScreeningResult(Screening level, @Nullable String note) {
        this(level, note, null);
    }
}
