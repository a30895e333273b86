package vn.doimoi.ecosystem.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigureSource;

/**
 * The fund's figures for Programme 54-CTr/TU's task group 2, counted as they stood at an instant like
 * the market's: the enterprises that had set aside a fund by then, and what all of them had spent on
 * eligible uses by then, in million VND.
 */
@Configuration(proxyBeanMethods = false)
class FundFigures {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    @Bean
    EcosystemFigureSource enterprisesWithFund(JdbcClient jdbc) {
        return source(
                EcosystemFigure.ENTERPRISES_WITH_FUND,
                instant -> jdbc.sql(
                                "SELECT count(DISTINCT organisation_id) FROM ecosystem.fund_allocation WHERE allocated_on <= ?")
                        .param(day(instant))
                        .query(BigDecimal.class)
                        .single());
    }

    @Bean
    EcosystemFigureSource fundSpending(JdbcClient jdbc) {
        return source(
                EcosystemFigure.FUND_SPENDING_MILLION_VND,
                instant -> jdbc.sql("SELECT coalesce(sum(amount), 0) FROM ecosystem.fund_spending WHERE spent_on <= ?")
                        .param(day(instant))
                        .query(BigDecimal.class)
                        .single()
                        .divide(MILLION, 0, RoundingMode.HALF_UP));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, VIETNAM);
    }

    private static EcosystemFigureSource source(
            EcosystemFigure figure, java.util.function.Function<Instant, BigDecimal> count) {
        return new EcosystemFigureSource() {
            @Override
            public EcosystemFigure figure() {
                return figure;
            }

            @Override
            public BigDecimal valueAt(Instant instant) {
                return count.apply(instant);
            }
        };
    }
}
