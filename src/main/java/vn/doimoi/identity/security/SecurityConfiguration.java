package vn.doimoi.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.identity.user.AccountVersions;
import vn.doimoi.shared.security.ModuleAccessRules;
import vn.doimoi.shared.web.Problems;

/**
 * The one security filter chain: sign-in, sessions, headers, and who may reach which URL. The URL
 * rules come from each module ({@link ModuleAccessRules}, assembled by {@link UrlRuleChain});
 * pages are private unless a rule makes them public; finer checks (owner, council seat, assigned
 * agency) are each module's {@code <Thing>Access} beans. The authorisation matrix test checks
 * every route against this (ADR 0039).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self' blob:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring Security's own observations are off ({@code management.observations.enable.spring.security=false}),
     * and with this they are not even wrapped around each filter: the wrappers, making and stopping
     * a no-op observation per filter and per authorisation, were 15 % of a kept public page's
     * request-thread samples (JFR under wrk, issue 22). Requests are still measured as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm recorded in each hash so it can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * login (issue 16): the password is checked before the account's state, so a disabled account
     * takes as long to answer as any other and its answer cannot be told apart by timing.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService userDetails, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** Every module's URL rules between the global ones, in their {@code @Order} (ADR 0039). */
    @Bean
    UrlRuleChain urlRuleChain(List<ModuleAccessRules> modules) {
        return new UrlRuleChain(modules);
    }

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            SignInAttempts attempts,
            MessageSource messages,
            JsonMapper json,
            LocaleResolver locales,
            AccountVersions versions,
            SignedInSessions sessions,
            UrlRuleChain urls)
            throws Exception {
        // authz (issue 17): each module contributes its own URL rules; UrlRuleChain assembles them.
        http.authorizeHttpRequests(urls::applyTo)
                // login (issue 16): throttled per address and per name before the password is checked.
                .addFilterBefore(new ThrottledSignInFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(successHandler(attempts))
                        .failureHandler((request, response, exception) ->
                                onLoginFailure(attempts, request, response, exception))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                (request, response, exception) ->
                                        writeProblem(response, messages, json, locales.resolveLocale(request), 401),
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"),
                                PathPatternRequestMatcher.withDefaults().matcher("/**")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        // sessions (issue 16): a signed-in session follows its account on its next request (ADR 0029).
        http.addFilterBefore(
                sessionFollowsAccount(versions, sessions, messages, json, locales),
                AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** Ends or renews signed-in sessions whose account changed; {@code /api/**} answers a 401 problem. */
    static SessionFollowsAccountFilter sessionFollowsAccount(
            AccountVersions versions,
            SignedInSessions sessions,
            MessageSource messages,
            JsonMapper json,
            LocaleResolver locales) {
        return new SessionFollowsAccountFilter(
                versions,
                sessions,
                PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                (request, response, exception) ->
                        writeProblem(response, messages, json, locales.resolveLocale(request), 401));
    }

    private static SavedRequestAwareAuthenticationSuccessHandler successHandler(SignInAttempts attempts) {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            { // my work (issue 18): sign-in lands on "Việc của tôi" unless sent from a page
                setDefaultTargetUrl("/me");
            }

            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    org.springframework.security.core.Authentication authentication)
                    throws IOException, jakarta.servlet.ServletException {
                attempts.succeeded(request, authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /**
     * One answer for every failure (wrong password, unknown name, disabled account), so the page
     * never tells who exists; the real reason goes only to the audit trail (ADR 0030).
     */
    private static void onLoginFailure(
            SignInAttempts attempts,
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException exception)
            throws IOException {
        String username = Objects.requireNonNullElse(request.getParameter("username"), "");
        String reason = exception instanceof DisabledException ? "disabled" : "badCredentials";
        attempts.failed(request, username, reason);
        response.sendRedirect(request.getContextPath() + "/login?error=bad");
    }

    private static void writeProblem(
            HttpServletResponse response, MessageSource messages, JsonMapper json, Locale locale, int status)
            throws IOException {
        ProblemDetail problem =
                Problems.of(messages, locale, status, messages.getMessage("error." + status + ".detail", null, locale));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
