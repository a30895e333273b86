package vn.doimoi.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.doimoi.identity.user.AccountVersions;

/**
 * Makes every signed-in session follow its account on its next request (issue 16, ADR 0029): a
 * disabled or deleted account, or a password changed elsewhere, ends the session; changed roles,
 * organisation or name renew the principal. One query by primary key per signed-in request;
 * anonymous requests pass untouched.
 */
class SessionFollowsAccountFilter extends OncePerRequestFilter {

    /** Where a page request whose session ended goes: the sign-in page, with a neutral notice. */
    static final String ENDED = "/login?ended=true";

    private final AccountVersions versions;
    private final SignedInSessions sessions;
    private final RequestMatcher api;
    private final AuthenticationEntryPoint apiRefusal;

    SessionFollowsAccountFilter(
            AccountVersions versions,
            SignedInSessions sessions,
            RequestMatcher api,
            AuthenticationEntryPoint apiRefusal) {
        this.versions = versions;
        this.sessions = sessions;
        this.api = api;
        this.apiRefusal = apiRefusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof DoimoiPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        var now = versions.of(principal.id());
        boolean ended =
                now.isEmpty() || !now.get().enabled() || now.get().passwordVersion() != principal.passwordVersion();
        if (!ended && now.get().accountVersion() != principal.accountVersion()) {
            // The password may have changed, or the account been disabled, between the two reads.
            long password = principal.passwordVersion();
            ended = !sessions.renewIf(request, response, account -> account.passwordVersion() == password);
        }
        if (ended) {
            sessions.end(request);
            if (api.matches(request)) {
                apiRefusal.commence(request, response, null);
            } else {
                response.sendRedirect(request.getContextPath() + ENDED);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
