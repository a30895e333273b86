package vn.doimoi.shared.kept;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Kept pages are answered right after the security chain (whose headers they get, ADR 0074) and
 * before the MVC dispatch; their memory is bounded (48 MB by default, within a 512 MB heap).
 */
@Configuration(proxyBeanMethods = false)
class KeptPagesConfiguration implements WebMvcConfigurer {

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

    /** The times a page being kept shows, read from its model once the handler has filled it. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    Object handler,
                    @Nullable ModelAndView page) {
                if (page != null) {
                    TimesShown.shown(page.getModel().values());
                }
            }
        });
    }
}
