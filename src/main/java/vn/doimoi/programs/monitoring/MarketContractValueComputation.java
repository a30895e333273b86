package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.doimoi.market.MarketFigures;

/** The value of those contracts in million VND (QĐ 1158/QĐ-TTg follows the transaction value). */
@Component
class MarketContractValueComputation implements IndicatorComputation {

    static final String KEY = "MARKET_CONTRACT_VALUE";
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final MarketFigures market;

    MarketContractValueComputation(MarketFigures market) {
        this.market = market;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BigDecimal valueAt(Instant instant) {
        return market.contractValueSignedBy(instant).divide(MILLION, 0, RoundingMode.HALF_UP);
    }
}
