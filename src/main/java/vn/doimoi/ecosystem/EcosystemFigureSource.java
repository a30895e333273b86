package vn.doimoi.ecosystem;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Counts one of the ecosystem's figures as it stood at an instant. Implemented package-private in
 * the package that owns the records (a voucher figure in {@code vouchers}, and so on).
 */
public interface EcosystemFigureSource {

    EcosystemFigure figure();

    BigDecimal valueAt(Instant instant);
}
