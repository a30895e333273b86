package vn.doimoi.shared.kept;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Kept pages are answered right after the security chain (whose headers they get, ADR 0074) and
 * before the MVC dispatch; their memory is bounded (48 MB by default, within a 512 MB heap).
 */
@Configuration(proxyBeanMethods = false)
class KeptPagesConfiguration {

    @Bean
    FilterRegistrationBean<KeptPagesFilter> keptPages(
            DataGenerations generations,
            ReaderNumbers numbers,
            LocaleResolver locales,
            Clock clock,
            MeterRegistry meters,
            @Value("${doimoi.kept.max-bytes:50331648}") long maxBytes) {
        FilterRegistrationBean<KeptPagesFilter> registration = new FilterRegistrationBean<>(
                new KeptPagesFilter(generations, numbers, locales, clock, meters, maxBytes));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
