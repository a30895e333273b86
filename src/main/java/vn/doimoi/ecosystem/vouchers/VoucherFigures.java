package vn.doimoi.ecosystem.vouchers;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigureSource;

/**
 * The programme's two voucher figures: vouchers granted, and vouchers used (at least one
 * redemption confirmed by the enterprise), each as it stood at an instant.
 */
@Configuration(proxyBeanMethods = false)
class VoucherFigures {

    @Bean
    EcosystemFigureSource vouchersGranted(JdbcClient jdbc) {
        return source(
                jdbc, EcosystemFigure.VOUCHERS_GRANTED, "SELECT count(*) FROM ecosystem.voucher WHERE granted_at <= ?");
    }

    @Bean
    EcosystemFigureSource vouchersUsed(JdbcClient jdbc) {
        return source(
                jdbc,
                EcosystemFigure.VOUCHERS_USED,
                "SELECT count(DISTINCT voucher_id) FROM ecosystem.voucher_redemption"
                        + " WHERE state IN ('CONFIRMED', 'PAID') AND confirmed_at <= ?");
    }

    private static EcosystemFigureSource source(JdbcClient jdbc, EcosystemFigure figure, String sql) {
        return new EcosystemFigureSource() {
            @Override
            public EcosystemFigure figure() {
                return figure;
            }

            @Override
            public BigDecimal valueAt(Instant instant) {
                return BigDecimal.valueOf(jdbc.sql(sql)
                        .param(Timestamp.from(instant))
                        .query(Long.class)
                        .single());
            }
        };
    }
}
