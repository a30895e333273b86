package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page template its {@code ui} parameter. */
@ControllerAdvice(annotations = Controller.class)
class UiModelAdvice {

    private final UiFactory uiFactory;

    UiModelAdvice(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return uiFactory.create(request);
    }
}
