package vn.doimoi.shared.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.format.FormatterRegistry;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.doimoi.shared.text.VietnameseText;

/** Vietnamese first: messages_vi is the default bundle; {@code ?lang=en} switches and is remembered. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasename("classpath:messages");
        source.setDefaultEncoding("UTF-8");
        source.setDefaultLocale(VietnameseText.VIETNAMESE);
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("doimoi_lang");
        resolver.setDefaultLocale(Locale.forLanguageTag("vi"));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    /**
     * Kept public pages are answered before any other filter but the session's; see {@link
     * PublicPageShortcut}. Sessions live in PostgreSQL (ADR 0076) and only Spring Session's filter
     * finds them: before it, {@code getSession(false)} would miss a signed-in reader's session and
     * serve them the anonymous copy. Without a session cookie that filter costs nothing.
     */
    @Bean
    FilterRegistrationBean<PublicPageShortcutFilter> publicPageShortcuts(List<PublicPageShortcut> shortcuts) {
        FilterRegistrationBean<PublicPageShortcutFilter> registration =
                new FilterRegistrationBean<>(new PublicPageShortcutFilter(shortcuts));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * Uploads over the multipart limits are answered before Spring Security's filters (order
     * {@code spring.security.filter.order}, −100) read the body, and after the character encoding
     * is set, so the fields of an upload within the limits keep their Vietnamese text.
     */
    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimit(UploadTooLarge tooLarge, BadRequestAnswer badRequest) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(tooLarge, badRequest));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * Control characters and absurd page numbers are refused after the upload limits (whose
     * filter reads the body first) and before Spring Security, whose sign-in reads the fields too.
     */
    @Bean
    FilterRegistrationBean<HostileInputFilter> hostileInput(BadRequestAnswer badRequest) {
        FilterRegistrationBean<HostileInputFilter> registration =
                new FilterRegistrationBean<>(new HostileInputFilter(badRequest));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * Money and dates bind the same way on every form (ADR 0038); a value they cannot read is a
     * {@code typeMismatch} field error, shown in Vietnamese and answered 400 (BadInputStatus).
     * Choices (enums) bind by Spring's own conversion: the constant's name, anything else a
     * {@code typeMismatch}.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new MoneyFormatter());
        registry.addFormatter(new DateFormatter());
    }

    /** A list handler's {@code Paging} parameter, read from {@code ?page=&size=} (ADR 0054). */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PagingArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new BadInputStatus());
    }
}
