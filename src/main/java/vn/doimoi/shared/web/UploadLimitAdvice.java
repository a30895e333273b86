package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limits found by Spring MVC itself (when the body is read there rather than
 * in {@link UploadLimitFilter}). Applies to every controller and to none: the dispatcher reads the
 * body before it knows the controller, so an advice limited to some controllers would never see it.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final UploadTooLarge tooLarge;

    UploadLimitAdvice(UploadTooLarge tooLarge) {
        this.tooLarge = tooLarge;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        tooLarge.answer(request, response, exception);
    }
}
