package vn.doimoi.traceability.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EPCIS API's own security chain (ADR 0063), ahead of the pages' chain, which it leaves as it
 * was: stateless, no session, no CSRF (a key in a header is not sent by a browser on its own), and
 * every call but {@code OPTIONS} authenticated by an organisation's API key.
 */
@Configuration(proxyBeanMethods = false)
class EpcisApiSecurity {

    static final String PATHS = "/epcis/**";

    @Bean
    @Order(2)
    SecurityFilterChain epcisApi(HttpSecurity http, ApiKeys keys, JsonMapper json) throws Exception {
        http.securityMatcher("/epcis", PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new Gs1Headers(), SecurityContextHolderFilter.class)
                .addFilterAfter(new ApiKeyFilter(keys, json), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.OPTIONS)
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(ApiKeyFilter.AUTHORITY))
                .headers(headers -> headers.cacheControl(cache -> {}));
        return http.build();
    }
}
