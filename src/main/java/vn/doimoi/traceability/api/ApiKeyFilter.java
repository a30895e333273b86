package vn.doimoi.traceability.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every EPCIS API call names its key, as {@code Authorization: Bearer <key>} or {@code GS1-API-Key:
 * <key>}; a call without a valid key is answered 401 here, before any controller. A signed-in
 * browser session counts for nothing: the API has no cookies, hence no CSRF to defend against.
 * {@code OPTIONS} (what the service supports) needs no key.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "GS1-API-Key";
    static final String AUTHORITY = "EPCIS_CLIENT";

    private final ApiKeys keys;
    private final JsonMapper json;

    ApiKeyFilter(ApiKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolder.clearContext();
        if ("OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiClient> client = secret(request).flatMap(keys::authenticate);
        if (client.isEmpty()) {
            refuse(request, response);
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                client.get(), null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Optional<String> secret(HttpServletRequest request) {
        String header = request.getHeader(KEY_HEADER);
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        return Optional.empty();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale();
        ProblemDetail problem = EpcisProblem.of(
                401,
                EpcisProblem.SECURITY,
                "Cần khoá API hợp lệ của doanh nghiệp (tiêu đề Authorization: Bearer <khoá> hoặc GS1-API-Key);"
                        + " khoá đã thu hồi hoặc của tài khoản bị khoá không được chấp nhận.",
                "A valid API key of the enterprise is required (header Authorization: Bearer <key> or GS1-API-Key);"
                        + " a revoked key or one of a disabled account is refused.",
                locale);
        response.setStatus(401);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"doimoi EPCIS\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
