package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body Spring MVC cannot read (a broken RFC 5987 {@code filename*}, a cut boundary)
 * when it is parsed there rather than in {@link UploadLimitFilter}: 400, not 500. For every
 * controller, as {@link UploadLimitAdvice} and for the same reason; an upload over the limits is
 * the more specific exception and stays that advice's.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedUploadAdvice {

    private final BadRequestAnswer badRequest;

    MalformedUploadAdvice(BadRequestAnswer badRequest) {
        this.badRequest = badRequest;
    }

    @ExceptionHandler(MultipartException.class)
    void malformed(HttpServletRequest request, HttpServletResponse response) throws Exception {
        badRequest.answer(request, response, "upload.error.malformed");
    }
}
