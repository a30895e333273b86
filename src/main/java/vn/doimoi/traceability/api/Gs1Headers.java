package vn.doimoi.traceability.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers by which an EPCIS 2.0 REST service says what it speaks, on every answer (the standard
 * asks for them on {@code OPTIONS}; clients also read them elsewhere): the EPCIS and CBV versions,
 * the extensions (none), and on the capture resource the limits of one capture.
 */
class Gs1Headers extends OncePerRequestFilter {

    static final String VERSION = "2.0.0";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("GS1-EPCIS-Version", VERSION);
        response.setHeader("GS1-EPCIS-Min", VERSION);
        response.setHeader("GS1-EPCIS-Max", VERSION);
        response.setHeader("GS1-CBV-Version", VERSION);
        response.setHeader("GS1-CBV-Min", VERSION);
        response.setHeader("GS1-CBV-Max", VERSION);
        response.setHeader("GS1-Extensions", "");
        response.setHeader("GS1-Vendor-Version", "doimoi-epcis-1");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/epcis/capture")) {
            response.setHeader("GS1-EPCIS-Capture-Limit", String.valueOf(CaptureLimits.EVENTS));
            response.setHeader("GS1-EPCIS-Capture-File-Size-Limit", String.valueOf(CaptureLimits.BYTES));
            response.setHeader("GS1-Capture-Error-Behaviour", "rollback, proceed");
        }
        chain.doFilter(request, response);
    }
}
