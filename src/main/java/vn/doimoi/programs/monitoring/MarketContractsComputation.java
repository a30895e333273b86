package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.doimoi.market.MarketFigures;

/**
 * Technology transfer contracts signed through the marketplace (task group 5, the S&T market;
 * QĐ 1158/QĐ-TTg reports transactions): a deal counts from the day its contract is signed.
 */
@Component
class MarketContractsComputation implements IndicatorComputation {

    static final String KEY = "MARKET_TRANSFER_CONTRACTS";

    private final MarketFigures market;

    MarketContractsComputation(MarketFigures market) {
        this.market = market;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BigDecimal valueAt(Instant instant) {
        return BigDecimal.valueOf(market.contractsSignedBy(instant));
    }
}
