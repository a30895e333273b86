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
    private final BadRequestAnswer badRequest;

    UploadLimitFilter(UploadTooLarge tooLarge, BadRequestAnswer badRequest) {
        this.tooLarge = tooLarge;
        this.badRequest = badRequest;
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
            // A body the parser cannot read (a broken RFC 5987 filename*, a cut boundary) was sent
            // by no browser: refused here, it never reaches the DispatcherServlet as a 500.
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            badRequest.answer(request, response, "upload.error.malformed");
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
