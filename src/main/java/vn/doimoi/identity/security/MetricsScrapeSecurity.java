package vn.doimoi.identity.security;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.user.AccountVersions;

/**
 * Prometheus scrapes {@code /actuator/prometheus} with HTTP Basic and a credential of its own
 * (issue 16): that credential reaches this one endpoint only, since no other chain accepts HTTP
 * Basic, and it is not an account of the database, so it cannot sign in or be guessed at the
 * login form. Administrators keep reaching the endpoint with their signed-in session.
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

    static final String PATH = "/actuator/prometheus";
    static final String METRICS_ROLE = "METRICS";

    @Bean
    @Order(1)
    SecurityFilterChain prometheusScrape(
            HttpSecurity http,
            MetricsScrapeProperties properties,
            PasswordEncoder passwordEncoder,
            AccountVersions versions,
            SignedInSessions sessions,
            MessageSource messages,
            JsonMapper json,
            LocaleResolver locales)
            throws Exception {
        InMemoryUserDetailsManager scrapers = new InMemoryUserDetailsManager();
        if (properties.configured()) {
            scrapers.createUser(User.withUsername(properties.metricsUsername().strip())
                    .password(properties.encodedPassword())
                    .roles(METRICS_ROLE)
                    .build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scrapers);
        provider.setPasswordEncoder(passwordEncoder);
        http.securityMatcher(PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(METRICS_ROLE, Role.ADMIN.name()))
                .authenticationManager(new ProviderManager(provider))
                // A wrong scraper credential answers 401; a visitor without any is sent to sign in, as elsewhere.
                .httpBasic(basic -> basic.realmName("doimoi metrics"))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // Scrapes come every few seconds: remember no request, so none opens a session.
                .requestCache(cache -> cache.disable())
                .addFilterBefore(
                        SecurityConfiguration.sessionFollowsAccount(versions, sessions, messages, json, locales),
                        AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
