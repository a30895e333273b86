package vn.doimoi.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
import vn.doimoi.identity.Role;
import vn.doimoi.identity.user.AccountVersions;
import vn.doimoi.shared.web.Problems;

/**
 * Who may reach which URL. Pages are private unless listed as public here; finer rules
 * (ownership, workflow roles) live in the services. The authorisation matrix test checks every
 * route against this.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self' blob:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            SignInAttempts attempts,
            MessageSource messages,
            JsonMapper json,
            LocaleResolver locales,
            AccountVersions versions,
            SignedInSessions sessions)
            throws Exception {
        String admin = Role.ADMIN.name();
        String staff = Role.STAFF.name();
        http.authorizeHttpRequests(requests -> requests
                        // Public: the portal, the directory and search, and what pages need to render.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/login",
                                "/search",
                                "/organisations",
                                "/organisations/*",
                                "/people",
                                "/people/*")
                        .permitAll()
                        // Public: the portal's news, documents, feeds and sitemap.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/news",
                                "/news/**",
                                "/documents",
                                "/documents/**",
                                "/rss/**",
                                "/files/*",
                                "/sitemap.xml")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET, "/api/v1/search", "/api/v1/organisations", "/api/v1/organisations/*")
                        .permitAll()
                        // directory-rest (issue 4): the public people API.
                        .requestMatchers(HttpMethod.GET, "/api/v1/people", "/api/v1/people/*")
                        .permitAll()
                        .requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers(
                                "/api/docs",
                                "/api/docs.yaml",
                                "/api/docs/**",
                                "/api/swagger-ui.html",
                                "/api/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(admin)
                        // A member's own organisation.
                        .requestMatchers("/my-organisation")
                        .hasRole(Role.ORG_MEMBER.name())
                        // Programmes: STAFF monitors, agencies report (ownership in the service), the public reads.
                        .requestMatchers("/programs/manage", "/programs/manage/**")
                        .hasAnyRole(admin, staff)
                        .requestMatchers("/programs/reports", "/programs/reports/**")
                        .hasAnyRole(admin, staff, Role.AGENCY.name())
                        .requestMatchers(HttpMethod.GET, "/programs", "/programs/*")
                        .permitAll()
                        // Portal editing: editors, Department staff and administrators.
                        .requestMatchers("/editor/**")
                        .hasAnyRole(admin, staff, Role.EDITOR.name())
                        // Administration.
                        .requestMatchers(
                                "/admin/organisations", "/admin/organisations/**", "/admin/people/**", "/admin/experts")
                        .hasAnyRole(admin, staff)
                        .requestMatchers("/admin/**")
                        .hasRole(admin)
                        // projects part 2 (task execution): STAFF manages; hosts and adopters act on their own
                        // records (ownership in TaskExecutions); the register of results is public.
                        .requestMatchers("/staff/execution", "/staff/execution/**")
                        .hasAnyRole(admin, staff)
                        .requestMatchers("/execution", "/execution/**")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.GET, "/results", "/results/*", "/api/v1/results", "/api/v1/results/*")
                        .permitAll()
                        // market: public listings, matches and API; members write; STAFF moderates (ownership in
                        // services).
                        .requestMatchers(
                                HttpMethod.GET,
                                "/market",
                                "/market/listings/*",
                                "/market/listings/*/matches",
                                "/api/v1/market/listings",
                                "/api/v1/market/listings/*",
                                "/api/v1/market/listings/*/matches",
                                "/market/listings/*/attachments/*",
                                "/market/listings/*/attachments/*/thumbnail")
                        .permitAll()
                        .requestMatchers("/staff/market", "/staff/market/**")
                        .hasAnyRole(admin, staff)
                        .requestMatchers("/market/demands/**", "/market/my/listings/**")
                        .hasRole(Role.ORG_MEMBER.name())
                        // projects (S&T tasks, part 1): public calls and task register, applicants'
                        // dossiers, councils (membership checked in the service), STAFF's management.
                        .requestMatchers(HttpMethod.GET, "/calls", "/calls/*", "/tasks", "/tasks/*")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/calls",
                                "/api/v1/calls/**",
                                "/api/v1/tasks",
                                "/api/v1/tasks/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/calls/*/dossiers")
                        .hasRole(Role.ORG_MEMBER.name())
                        .requestMatchers(HttpMethod.POST, "/proposals/*/reject", "/proposals/*/order")
                        .hasAnyRole(admin, staff)
                        .requestMatchers("/proposals", "/proposals/**")
                        .authenticated()
                        .requestMatchers("/dossiers", "/dossiers/**")
                        .authenticated()
                        .requestMatchers("/staff/tasks", "/staff/tasks/**")
                        .hasAnyRole(admin, staff)
                        .requestMatchers(
                                HttpMethod.POST, "/councils/*/members", "/councils/*/start", "/councils/*/conclude")
                        .hasAnyRole(admin, staff)
                        .requestMatchers("/councils", "/councils/**")
                        .authenticated()
                        // projects part 1, second round: identification councils (membership checked in
                        // the service); rounds and the ordered list sit under /staff/tasks/** above.
                        .requestMatchers("/identification", "/identification/**")
                        .authenticated()
                        .anyRequest()
                        .authenticated())
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
