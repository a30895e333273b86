package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.doimoi.shared.DomainException;

/** A broken rule on a page shows the error page with the rule's own message. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlErrorAdvice {

    private final UiFactory uiFactory;
    private final MessageSource messages;

    HtmlErrorAdvice(UiFactory uiFactory, MessageSource messages) {
        this.uiFactory = uiFactory;
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException exception, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(exception.status());
        String message = messages.getMessage(
                exception.messageKey(), exception.arguments(), exception.messageKey(), LocaleContextHolder.getLocale());
        return new ModelAndView(
                "error/error",
                Map.of("ui", uiFactory.create(request), "status", exception.status(), "message", message));
    }
}
