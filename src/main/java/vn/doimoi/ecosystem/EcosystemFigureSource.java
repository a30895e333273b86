package vn.doimoi.ecosystem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.ToLongFunction;

/**
 * Counts one of the ecosystem's figures as it stood at an instant. Implemented package-private in
 * the package that owns the records (a voucher figure in {@code vouchers}, and so on).
 */
public interface EcosystemFigureSource {

    EcosystemFigure figure();

    BigDecimal valueAt(Instant instant);

    /** A figure that is a count of records as they stood at an instant (the usual shape). */
    static EcosystemFigureSource counting(EcosystemFigure figure, ToLongFunction<Instant> count) {
        return new EcosystemFigureSource() {
            @Override
            public EcosystemFigure figure() {
                return figure;
            }

            @Override
            public BigDecimal valueAt(Instant instant) {
                return BigDecimal.valueOf(count.applyAsLong(instant));
            }
        };
    }
}
