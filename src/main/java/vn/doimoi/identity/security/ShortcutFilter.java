package vn.doimoi.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.doimoi.shared.web.PublicPageShortcut;

/** Runs one {@link PublicPageShortcut} inside the security chain; what it does not answer goes on. */
class ShortcutFilter extends OncePerRequestFilter {

    private final PublicPageShortcut shortcut;

    ShortcutFilter(PublicPageShortcut shortcut) {
        this.shortcut = shortcut;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!shortcut.serve(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
