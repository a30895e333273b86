package vn.doimoi.shared;

import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the province's time zone; tests replace it. Imports of
 * history hold it at each past step ({@link HistoryClock#asOf}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    HistoryClock clock() {
        return new HistoryClock(VIETNAM);
    }
}
