package vn.doimoi.shared.web;

import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 400 answer to a request refused for its input before any controller saw it (in a filter,
 * where no exception handler reaches): an RFC 9457 problem under {@code /api/**}, else the error
 * page with the reason, in the reader's language. A browser that posted a form gets a page, never JSON.
 */
@Component
class BadRequestAnswer {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final UiFactory uiFactory;
    private final ObjectProvider<JteViewResolver> views;

    BadRequestAnswer(
            MessageSource messages,
            LocaleResolver locales,
            JsonMapper json,
            UiFactory uiFactory,
            ObjectProvider<JteViewResolver> views) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.uiFactory = uiFactory;
        this.views = views;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, String messageKey, Object... args)
            throws Exception {
        int status = HttpStatus.BAD_REQUEST.value();
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage(messageKey, args, locale);
        response.setStatus(status);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = Problems.of(messages, locale, status, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        // The page is built outside the DispatcherServlet, so it takes the reader's language here.
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            View view = views.getObject().resolveViewName("error/error", locale);
            if (view == null) {
                response.sendError(status);
                return;
            }
            view.render(
                    Map.of("ui", uiFactory.create(request), "status", status, "message", detail), request, response);
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }
}
