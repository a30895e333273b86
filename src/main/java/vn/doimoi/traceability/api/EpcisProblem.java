package vn.doimoi.traceability.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The EPCIS 2.0 REST binding's errors as RFC 9457 problems: {@code type} is the standard's exception
 * name ({@code epcisException:ValidationException}, …), so a client can act on it; {@code detail} is
 * in the reader's language (Vietnamese unless the request asks for English).
 */
final class EpcisProblem {

    static final String VALIDATION = "ValidationException";
    static final String NO_SUCH_RESOURCE = "NoSuchResourceException";
    static final String NO_SUCH_NAME = "NoSuchNameException";
    static final String SECURITY = "SecurityException";
    static final String CAPTURE_LIMIT = "CaptureLimitExceededException";
    static final String QUERY_PARAMETER = "QueryParameterException";
    static final String QUERY_TOO_LARGE = "QueryTooLargeException";
    static final String ALREADY_EXISTS = "ResourceAlreadyExistsException";
    static final String SUBSCRIPTION_CONTROLS = "SubscriptionControlsException";

    private EpcisProblem() {}

    static ProblemDetail of(int status, String exception, String vietnamese, String english, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("epcisException:" + exception));
        problem.setTitle(exception);
        problem.setDetail(inEnglish(locale) ? english : vietnamese);
        return problem;
    }

    static ResponseEntity<ProblemDetail> answer(
            int status, String exception, String vietnamese, String english, Locale locale) {
        return ResponseEntity.status(status).body(of(status, exception, vietnamese, english, locale));
    }

    /** Adds the list of broken rules: each with its JSON pointer, rule code and reason. */
    static ProblemDetail withErrors(ProblemDetail problem, List<CaptureError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    static boolean inEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
