package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.directory.Directory;
import vn.doimoi.market.MarketFigures;

/** The indicators doimoi computes from the directory and the marketplace, each a figure of another module. */
@Configuration(proxyBeanMethods = false)
class IndicatorComputations {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** Organisations with a profile in the S&T directory (task group 3's S&T information base). */
    @Bean
    IndicatorComputation directoryOrganisations(Directory directory) {
        return IndicatorComputation.of(
                "DIRECTORY_ORGANISATIONS",
                instant -> BigDecimal.valueOf(directory.countOrganisationsRegisteredBefore(instant)));
    }

    /** Organisations whose profile the Department has verified (reliable S&T information, task groups 3 and 6). */
    @Bean
    IndicatorComputation verifiedOrganisations(Directory directory) {
        return IndicatorComputation.of(
                "DIRECTORY_VERIFIED_ORGANISATIONS",
                instant -> BigDecimal.valueOf(directory.countOrganisationsVerifiedBefore(instant)));
    }

    /**
     * Technology transfer contracts signed through the marketplace (task group 5, the S&T market;
     * QĐ 1158/QĐ-TTg reports transactions): a deal counts from the day its contract is signed.
     */
    @Bean
    IndicatorComputation marketContracts(MarketFigures market) {
        return IndicatorComputation.of(
                "MARKET_TRANSFER_CONTRACTS", instant -> BigDecimal.valueOf(market.contractsSignedBy(instant)));
    }

    /** The value of those contracts in million VND (QĐ 1158/QĐ-TTg follows the transaction value). */
    @Bean
    IndicatorComputation marketContractValue(MarketFigures market) {
        return IndicatorComputation.of(
                "MARKET_CONTRACT_VALUE",
                instant -> market.contractValueSignedBy(instant).divide(MILLION, 0, RoundingMode.HALF_UP));
    }
}
