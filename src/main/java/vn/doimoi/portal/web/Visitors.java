package vn.doimoi.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.doimoi.portal.stats.PortalCounters;

/**
 * Gives each reader an anonymous visitor cookie (a random id, nothing personal) and records the
 * visit of public portal pages for the visitor statistics.
 */
@Component
class Visitors implements HandlerInterceptor {

    static final String COOKIE = "dm_visitor";
    static final String ATTRIBUTE = Visitors.class.getName() + ".visitor";
    private static final Pattern VALID = Pattern.compile("[0-9a-f-]{36}");

    private final PortalCounters counters;
    private final Clock clock;

    Visitors(PortalCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null) {
            counters.visited(visitor(request, response), userAgent(request), clock.instant());
        }
        return true;
    }

    /** This reader's visitor id, set as a cookie on the first visit. */
    static String visitor(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String id = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())
                        && VALID.matcher(cookie.getValue()).matches()) {
                    id = cookie.getValue();
                }
            }
        }
        if (id == null) {
            id = UUID.randomUUID().toString();
            ResponseCookie cookie = ResponseCookie.from(COOKIE, id)
                    .path("/")
                    .maxAge(60L * 60 * 24 * 365)
                    .httpOnly(true)
                    .sameSite("Lax")
                    .build();
            response.addHeader("Set-Cookie", cookie.toString());
        }
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent == null ? "" : agent;
    }
}
