package vn.doimoi.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.OptionalLong;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in: a client the throttle holds back is answered at once, with the login
 * page saying how long to wait, and its password is never checked (so not even the right one gets
 * through, and a guess costs the attacker a round trip but the server no bcrypt). No thread sleeps.
 */
class ThrottledSignInFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    private final SignInAttempts attempts;

    ThrottledSignInFilter(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + LOGIN).equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wait = attempts.refusal(request, Objects.requireNonNullElse(request.getParameter("username"), ""));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = wait.getAsLong();
        response.setHeader("Retry-After", Long.toString(seconds));
        response.sendRedirect(request.getContextPath() + LOGIN + "?wait=" + seconds);
    }
}
