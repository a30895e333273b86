package vn.doimoi.shared.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with Vietnamese (or English) titles and a stable type per status. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(MessageSource messages, Locale locale, int status, String detail) {
        HttpStatus httpStatus = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        String code = httpStatus == null
                ? "error"
                : httpStatus.name().toLowerCase(Locale.ROOT).replace('_', '-');
        problem.setType(URI.create("/problems/" + code));
        problem.setTitle(messages.getMessage(
                "error." + status + ".title",
                null,
                messages.getMessage("error.generic.title", null, "Error", locale),
                locale));
        problem.setDetail(detail);
        return problem;
    }
}
