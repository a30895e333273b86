package vn.doimoi.projects.support.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import vn.doimoi.shared.web.FormErrors;

/**
 * A form of part 1 shown again because a field could not be read (ADR 0038): the page's
 * {@code problem} names the field and the value, and the errors go into the model, so that a
 * value only hostile input sends ({@code typeMismatch}: an unknown choice, text for money)
 * answers 400.
 */
public final class BindingProblem {

    private BindingProblem() {}

    public static void show(Model model, BindingResult binding, MessageSource messages) {
        model.addAttribute("errors", FormErrors.of(binding));
        FieldError error = binding.getFieldError();
        if (error == null) {
            return;
        }
        if (error.isBindingFailure()) {
            model.addAttribute("problem", "error.badParameter");
            model.addAttribute(
                    "problemArgs", new Object[] {error.getField(), String.valueOf(error.getRejectedValue())});
        } else {
            model.addAttribute("problem", messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
    }
}
