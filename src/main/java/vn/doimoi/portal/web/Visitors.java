package vn.doimoi.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.ResponseCookie;
import vn.doimoi.portal.stats.Reader;

/**
 * Gives each reader an anonymous visitor cookie (a random id, nothing personal); the visits are
 * counted by {@link PortalReaderNumbers}.
 */
final class Visitors {

    static final String COOKIE = "dm_visitor";
    static final String ATTRIBUTE = Visitors.class.getName() + ".visitor";
    private static final Pattern VALID = Pattern.compile("[0-9a-f-]{36}");

    private Visitors() {}

    /**
     * This reader as the counters see it: its cookie's id, or a new id (set as a cookie) together
     * with the client's address and user agent when the request came without one.
     */
    static Reader reader(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof Reader reader) {
            return reader;
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
        Reader reader;
        if (id != null) {
            reader = Reader.withCookie(id, userAgent(request));
        } else {
            id = UUID.randomUUID().toString();
            ResponseCookie cookie = ResponseCookie.from(COOKIE, id)
                    .path("/")
                    .maxAge(60L * 60 * 24 * 365)
                    .httpOnly(true)
                    .sameSite("Lax")
                    .build();
            response.addHeader("Set-Cookie", cookie.toString());
            reader = new Reader(id, true, String.valueOf(request.getRemoteAddr()), userAgent(request));
        }
        request.setAttribute(ATTRIBUTE, reader);
        return reader;
    }

    static String userAgent(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent == null ? "" : agent;
    }
}
