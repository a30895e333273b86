package vn.doimoi.traceability.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.util.UriUtils;

/**
 * The application's request firewall (ADR 0082): Spring Security's strict one everywhere, except on
 * the EPCIS resources whose last path segment is an identifier. There an eventID such as {@code
 * ni:///sha-256;…?ver=CBV2.0} or a Digital Link must arrive percent-encoded ({@code %2F}, {@code %3B},
 * as the REST binding's {@code /events/{eventID}} asks), which the strict firewall refuses. Only the
 * encoded forms are let through, in that one segment: a literal {@code ;}, a second segment, an
 * encoded period or backslash, control characters, and an identifier that decodes to a {@code .} or
 * {@code ..} step are still refused (400).
 */
final class IdentifierFirewall implements HttpFirewall {

    /** {@code /epcis/events/{eventID}} and the browse resources' {@code /epcis/epcs/{epc}/events}. */
    private static final Pattern IDENTIFIER_IN_PATH = Pattern.compile(
            "/epcis/(?:events/([^/;]+)|(?:epcs|bizSteps|bizLocations|readPoints|dispositions)/([^/;]+)/events)");

    private final StrictHttpFirewall strict = new StrictHttpFirewall();
    private final StrictHttpFirewall identifiers = new StrictHttpFirewall();

    IdentifierFirewall() {
        identifiers.setAllowUrlEncodedSlash(true);
        identifiers.setAllowUrlEncodedDoubleSlash(true);
        // the pattern admits no literal ';', so only %3B reaches here
        identifiers.setAllowSemicolon(true);
        // Tomcat passes %2F through undecoded, so the decoded path still holds '%'
        identifiers.setAllowUrlEncodedPercent(true);
    }

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) throws RequestRejectedException {
        return (identifierInPath(request) ? identifiers : strict).getFirewalledRequest(request);
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return strict.getFirewalledResponse(response);
    }

    /** Whether the request names one of those resources with a well-formed, non-traversing identifier. */
    static boolean identifierInPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (uri == null || context == null || !uri.startsWith(context)) {
            return false;
        }
        Matcher matcher = IDENTIFIER_IN_PATH.matcher(uri.substring(context.length()));
        if (!matcher.matches()) {
            return false;
        }
        String segment = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        String identifier;
        try {
            identifier = UriUtils.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Arrays.stream(identifier.split("/", -1)).noneMatch(step -> step.equals(".") || step.equals(".."));
    }
}
