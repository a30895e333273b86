package vn.doimoi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * Reads a multipart body before Spring Security does, so that an upload over the limits is
 * answered as such ({@link UploadTooLarge}). Without it, the CSRF filter is the first to read the
 * form (its {@code _csrf} field); Tomcat then fails on the oversized body with an exception that
 * no handler of the application sees, fails again on the way to {@code /error}, and sends its own
 * bare English "HTTP Status 413" page, to people and API clients alike. The container keeps the
 * parts it read, so the application reads them again at no cost.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final UploadTooLarge tooLarge;

    UploadLimitFilter(UploadTooLarge tooLarge) {
        this.tooLarge = tooLarge;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return request instanceof MultipartHttpServletRequest
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            new StandardMultipartHttpServletRequest(request);
        } catch (MaxUploadSizeExceededException e) {
            tooLarge.answer(request, response, e);
            return;
        } catch (MultipartException e) {
            // Any other broken body is the application's to refuse, as before.
        }
        chain.doFilter(request, response);
    }
}
