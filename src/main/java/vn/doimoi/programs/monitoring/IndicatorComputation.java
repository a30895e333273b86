package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;

/** An indicator computed from doimoi's own data, named by the indicator's {@code computation} key. */
interface IndicatorComputation {

    String key();

    /** The value as it stood at this instant (the end of a year, or now for the current year). */
    BigDecimal valueAt(Instant instant);

    static IndicatorComputation of(String key, Function<Instant, BigDecimal> valueAt) {
        return new IndicatorComputation() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public BigDecimal valueAt(Instant instant) {
                return valueAt.apply(instant);
            }
        };
    }
}
