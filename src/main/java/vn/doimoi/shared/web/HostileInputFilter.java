package vn.doimoi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.doimoi.shared.Paging;

/**
 * Refuses with 400, before Spring Security or any controller reads them, the inputs no person
 * types and PostgreSQL or the pager cannot take (ADR 0033): a control character other than tab,
 * CR and LF in any parameter or form field (name or value) or uploaded file name — PostgreSQL
 * refuses NUL in text, so each query or save with one failed with a 500 — and a {@code page}
 * beyond {@link #MAX_PAGE}, whose offset overflowed the {@code int} Hibernate pages with; and a
 * form row numbered below 0 or beyond {@link #MAX_ROW} ({@code tranches[100000].amount}), which the
 * binder can neither grow a list to nor place (it answered 500).
 * Refusing says what is wrong; silently stripping would store something other than what was sent.
 */
class HostileInputFilter extends OncePerRequestFilter {

    /** The deepest page any list shows, the same number the lists clamp to. */
    static final int MAX_PAGE = Paging.MAX_PAGE;

    private static final BigInteger MAX_PAGE_NUMBER = BigInteger.valueOf(MAX_PAGE);

    /** The last row index a form may send: below the binder's own limit for growing a list (256). */
    static final int MAX_ROW = 255;

    private static final BigInteger MAX_ROW_NUMBER = BigInteger.valueOf(MAX_ROW);

    /** A numbered row in a parameter name; a key that is not a number is a map's and stays the binder's. */
    private static final Pattern ROW = Pattern.compile("\\[\\s*([+-]?\\d+)\\s*\\]");

    private final BadRequestAnswer answer;

    HostileInputFilter(BadRequestAnswer answer) {
        this.answer = answer;
    }

    /** Why a request is refused: a message key and its arguments. */
    private record Refusal(String messageKey, Object... args) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            answer.answer(request, response, refusal.messageKey(), refusal.args());
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private static @Nullable Refusal refusal(HttpServletRequest request) throws IOException, ServletException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (hasControl(name)) {
                return new Refusal("error.input.control", FormValues.shown(name));
            }
            if (hasRowOutOfRange(name)) {
                return new Refusal("error.input.row", MAX_ROW + 1);
            }
            for (String value : parameter.getValue()) {
                if (hasControl(value)) {
                    return new Refusal("error.input.control", name);
                }
            }
        }
        String page = request.getParameter("page");
        if (page != null && page.strip().matches("[+-]?\\d+")) {
            BigInteger number = new BigInteger(page.strip());
            if (number.compareTo(MAX_PAGE_NUMBER) > 0) {
                return new Refusal("error.input.page", MAX_PAGE);
            }
        }
        return isMultipart(request) ? fileNameRefusal(request) : null;
    }

    private static @Nullable Refusal fileNameRefusal(HttpServletRequest request) throws IOException {
        try {
            for (Part part : request.getParts()) {
                String fileName = part.getSubmittedFileName();
                if (hasControl(part.getName()) || (fileName != null && hasControl(fileName))) {
                    return new Refusal("error.input.control", FormValues.shown(part.getName()));
                }
            }
        } catch (ServletException | IllegalStateException | IllegalArgumentException e) {
            // A body that cannot be read is UploadLimitFilter's to refuse, before this one.
        }
        return null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    static boolean hasRowOutOfRange(String name) {
        Matcher row = ROW.matcher(name);
        while (row.find()) {
            BigInteger index = new BigInteger(row.group(1));
            if (index.signum() < 0 || index.compareTo(MAX_ROW_NUMBER) > 0) {
                return true;
            }
        }
        return false;
    }

    /** C0 controls (NUL among them) and DEL; tab, CR and LF are ordinary in text areas. */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
