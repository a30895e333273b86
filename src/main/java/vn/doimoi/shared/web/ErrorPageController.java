package vn.doimoi.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that escapes a controller or a filter lands here: a Vietnamese page for people,
 * an RFC 9457 problem for {@code /api/**} and JSON clients. Never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final UiFactory uiFactory;
    private final MessageSource messages;
    private final JsonMapper json;

    ErrorPageController(UiFactory uiFactory, MessageSource messages, JsonMapper json) {
        this.uiFactory = uiFactory;
        this.messages = messages;
        this.json = json;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        if (isApi(request)) {
            ProblemDetail problem = problem(request);
            View view = (model, req, res) -> {
                res.setStatus(status);
                res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                res.setCharacterEncoding("UTF-8");
                json.writeValue(res.getOutputStream(), problem);
            };
            return new ModelAndView(view);
        }
        response.setStatus(status);
        return new ModelAndView("error/error", Map.of("ui", uiFactory.create(request), "status", status));
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> errorProblem(HttpServletRequest request) {
        ProblemDetail problem = problem(request);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ProblemDetail problem(HttpServletRequest request) {
        int status = status(request);
        var locale = LocaleContextHolder.getLocale();
        String fallback = messages.getMessage("error.generic.detail", null, "", locale);
        String detail = messages.getMessage("error." + status + ".detail", null, fallback, locale);
        ProblemDetail problem = Problems.of(messages, locale, status, detail);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.setInstance(URI.create(path));
        }
        return problem;
    }

    private static int status(HttpServletRequest request) {
        // Opened directly, /error has no error to show: answer as for any unknown page.
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer value ? value : 404;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path
                && path.startsWith(request.getContextPath() + "/api/");
    }
}
