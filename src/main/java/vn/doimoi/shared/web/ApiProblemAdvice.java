package vn.doimoi.shared.web;

import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.doimoi.shared.DomainException;

/** Broken rules and bad input in the API become RFC 9457 problems in the reader's language. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException exception) {
        Locale locale = LocaleContextHolder.getLocale();
        String detail =
                messages.getMessage(exception.messageKey(), exception.arguments(), exception.messageKey(), locale);
        return ResponseEntity.status(DomainStatus.of(exception))
                .body(Problems.of(messages, locale, DomainStatus.of(exception), detail));
    }

    /** Input the database cannot store (too long, a refused character): 400, see {@link DataErrors}. */
    @ExceptionHandler({DataAccessException.class, PersistenceException.class})
    ResponseEntity<ProblemDetail> data(RuntimeException exception) {
        String key = DataErrors.messageKey(exception);
        if (key == null) {
            throw exception;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest()
                .body(Problems.of(messages, locale, 400, messages.getMessage(key, null, locale)));
    }

    /** A malformed id or number in the path or query: said in the reader's language, not Spring's. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String parameter = exception instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : exception.getPropertyName();
        String detail = messages.getMessage(
                "error.badParameter",
                new Object[] {parameter, FormValues.shown(String.valueOf(exception.getValue()))},
                locale);
        return ResponseEntity.badRequest().body(Problems.of(messages, locale, 400, detail));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem =
                Problems.of(messages, locale, 400, messages.getMessage("error.validation", null, locale));
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
