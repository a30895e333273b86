package vn.doimoi.traceability.api;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.epcis.QueryParameterException;

/**
 * What every EPCIS endpoint shares: the calling organisation, and its refusals as the standard's
 * problems (handled here, in the controllers, so they take precedence over the site's generic API
 * problems).
 */
abstract class EpcisEndpoints {

    static final String JSON_LD = "application/ld+json";

    private final MessageSource messages;

    EpcisEndpoints(MessageSource messages) {
        this.messages = messages;
    }

    static ApiClient client() {
        return (ApiClient)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    @ExceptionHandler(CaptureRefused.class)
    ResponseEntity<ProblemDetail> refused(CaptureRefused refused) {
        ProblemDetail problem = EpcisProblem.of(
                refused.status(),
                refused.exception(),
                String.valueOf(refused.getMessage()),
                refused.english(),
                locale());
        if (!refused.errors().isEmpty()) {
            EpcisProblem.withErrors(problem, refused.errors());
        }
        return ResponseEntity.status(refused.status()).body(problem);
    }

    @ExceptionHandler(QueryParameterException.class)
    ResponseEntity<ProblemDetail> query(QueryParameterException refused) {
        return EpcisProblem.answer(
                400, EpcisProblem.QUERY_PARAMETER, String.valueOf(refused.getMessage()), refused.english(), locale());
    }

    @ExceptionHandler(EventQueries.BadPageToken.class)
    ResponseEntity<ProblemDetail> pageToken() {
        return EpcisProblem.answer(
                400,
                EpcisProblem.QUERY_PARAMETER,
                "nextPageToken không hợp lệ: hãy dùng đúng giá trị mà trang trước trả về.",
                "nextPageToken is not valid: use the value the previous page returned.",
                locale());
    }

    @ExceptionHandler(EventQueries.QueryTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(EventQueries.QueryTooLarge refused) {
        return EpcisProblem.answer(
                413,
                EpcisProblem.QUERY_TOO_LARGE,
                "Có nhiều hơn " + refused.limit() + " sự kiện khớp truy vấn (maxEventCount).",
                "More than " + refused.limit() + " events match the query (maxEventCount).",
                locale());
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException refused) {
        String vietnamese =
                messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), new Locale("vi"));
        String english =
                messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), Locale.ENGLISH);
        return switch (refused.kind()) {
            case NOT_FOUND -> EpcisProblem.answer(404, EpcisProblem.NO_SUCH_RESOURCE, vietnamese, english, locale());
            case CONFLICT -> EpcisProblem.answer(409, EpcisProblem.ALREADY_EXISTS, vietnamese, english, locale());
            case TOO_LARGE -> EpcisProblem.answer(413, EpcisProblem.CAPTURE_LIMIT, vietnamese, english, locale());
            default -> EpcisProblem.answer(400, EpcisProblem.VALIDATION, vietnamese, english, locale());
        };
    }

    static ResponseEntity<ProblemDetail> notFound(String vietnamese, String english) {
        return EpcisProblem.answer(404, EpcisProblem.NO_SUCH_RESOURCE, vietnamese, english, locale());
    }
}
