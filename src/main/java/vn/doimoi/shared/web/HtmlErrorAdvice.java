package vn.doimoi.shared.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.doimoi.shared.DomainException;

/**
 * A broken rule on a page shows the error page with the rule's own message; so does input that
 * could not be bound or stored (a value of the wrong type, text too long for its column): 400
 * with the field named where it is known, never a 500 (ADR 0033).
 */
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
        return page(request, response, DomainStatus.of(exception), exception.messageKey(), exception.arguments());
    }

    /** A path variable or parameter that is not of its type: a malformed id, a number too large. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(
            MethodArgumentTypeMismatchException exception, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 400, "error.badParameter", exception.getName(), shown(exception.getValue()));
    }

    /** A form object field that could not be bound, as an unknown choice, where the handler takes no errors. */
    @ExceptionHandler(BindException.class)
    ModelAndView binding(BindException exception, HttpServletRequest request, HttpServletResponse response) {
        FieldError field = exception.getBindingResult().getFieldError();
        if (field == null) {
            return page(request, response, 400, "error.validation");
        }
        return page(request, response, 400, "error.badParameter", field.getField(), shown(field.getRejectedValue()));
    }

    @ExceptionHandler({DataAccessException.class, PersistenceException.class})
    ModelAndView data(RuntimeException exception, HttpServletRequest request, HttpServletResponse response) {
        String key = DataErrors.messageKey(exception);
        if (key == null) {
            throw exception;
        }
        return page(request, response, 400, key);
    }

    private ModelAndView page(
            HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args) {
        response.setStatus(status);
        String message = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        return new ModelAndView(
                "error/error", Map.of("ui", uiFactory.create(request), "status", status, "message", message));
    }

    private static String shown(@Nullable Object value) {
        return FormValues.shown(String.valueOf(value));
    }
}
