package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to an upload over the multipart limits ({@code spring.servlet.multipart.*}), for
 * every module: API clients ({@code /api/**}) get an RFC 9457 problem with status 413; people
 * are sent back to the page they posted from with the reason as a one-time error, so the form is
 * still there and says what went wrong ("Tệp quá lớn: tối đa 20 MB").
 */
@Component
public class UploadTooLarge {

    /** Flash attributes read by {@link UiFactory}: a message key and its arguments, as every refusal's. */
    static final String FLASH_KEY = PostRedirectGet.PROBLEM;

    static final String FLASH_ARGS = PostRedirectGet.PROBLEM_ARGS;

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;
    // The DispatcherServlet's own manager is the same kind; this one also works before it (in a filter).
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadTooLarge(
            MessageSource messages,
            LocaleResolver locales,
            JsonMapper json,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    /** The limits, for pages that check a chosen file before sending it (see upload-limit.js). */
    UploadLimits limits() {
        return new UploadLimits(
                maxFileSize.toBytes(),
                maxFileSize.toMegabytes(),
                maxRequestSize.toBytes(),
                maxRequestSize.toMegabytes());
    }

    /** The multipart limits in bytes and in whole megabytes (as the messages name them). */
    record UploadLimits(long fileBytes, long fileMegabytes, long requestBytes, long requestMegabytes) {}

    /** Answers the request whose upload was refused for its size; {@code cause} tells which limit. */
    public void answer(HttpServletRequest request, HttpServletResponse response, Throwable cause) throws IOException {
        boolean wholeRequest = exceeded(cause, "SizeLimitExceededException");
        String key = wholeRequest ? "upload.error.requestTooLarge" : "upload.error.tooLarge";
        Object[] args = {(wholeRequest ? maxRequestSize : maxFileSize).toMegabytes()};
        if (isApi(request)) {
            Locale locale = locales.resolveLocale(request);
            ProblemDetail problem = Problems.of(
                    messages, locale, HttpStatus.CONTENT_TOO_LARGE.value(), messages.getMessage(key, args, locale));
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        String target = back(request);
        FlashMap flash = new FlashMap();
        flash.put(FLASH_KEY, key);
        flash.put(FLASH_ARGS, args);
        flash.setTargetRequestPath(URI.create(target).getPath());
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + target);
    }

    /** The page the form was on (the Referer, when it is this site's), else the home page. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(referer.strip());
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return "/";
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String context = request.getContextPath();
            if (!context.isEmpty() && path.startsWith(context)) {
                path = path.substring(context.length());
            }
            if (!path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Whether Tomcat's named limit (by simple class name) is among the causes. */
    private static boolean exceeded(Throwable cause, String simpleName) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }
}
