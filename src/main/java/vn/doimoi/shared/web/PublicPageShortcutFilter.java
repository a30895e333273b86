package vn.doimoi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the {@link PublicPageShortcut}s first of all filters: a page they answer costs no metrics
 * observation, security chain or MVC dispatch (ADR 0023). What they do not answer goes through the
 * whole chain.
 */
class PublicPageShortcutFilter extends OncePerRequestFilter {

    private final List<PublicPageShortcut> shortcuts;

    PublicPageShortcutFilter(List<PublicPageShortcut> shortcuts) {
        this.shortcuts = List.copyOf(shortcuts);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (PublicPageShortcut shortcut : shortcuts) {
            if (shortcut.serve(request, response)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
