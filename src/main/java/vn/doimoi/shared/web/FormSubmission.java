package vn.doimoi.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.springframework.validation.BindingResult;
import vn.doimoi.shared.DomainException;

/**
 * The one way a bound form is handled (ADR 0038): with no binding or validation error the action
 * runs and answers (usually {@link PostRedirectGet#done}); a refusal of the domain is put on the
 * field it names; with any error the form is shown again with its errors. Example:
 *
 * <pre>{@code
 * return FormSubmission.of(binding, EditorController::documentField)
 *         .run(() -> PostRedirectGet.done(redirect, "/documents/" + documents.create(form.data()), "document.saved"),
 *              errors -> documentForm(model, null, form, errors));
 * }</pre>
 */
public final class FormSubmission {

    private final FormErrors errors;
    private final Function<DomainException, String> fieldOf;

    private FormSubmission(FormErrors errors, Function<DomainException, String> fieldOf) {
        this.errors = errors;
        this.fieldOf = fieldOf;
    }

    /** A submission whose binding and Bean Validation errors are in {@code binding}. */
    public static FormSubmission of(BindingResult binding, Function<DomainException, String> fieldOf) {
        return new FormSubmission(FormErrors.of(binding), fieldOf);
    }

    /** A submission checked by hand ({@code errors}); the domain's refusals go on {@code refusalField}. */
    public static FormSubmission of(FormErrors errors, String refusalField) {
        return new FormSubmission(errors, refusal -> refusalField);
    }

    /** A submission without a form object: only the domain can refuse it, on {@code field}. */
    public static FormSubmission on(String field) {
        return new FormSubmission(FormErrors.none(), refusal -> field);
    }

    /** A submission without a form object whose refusals go on the field {@code fieldOf} names. */
    public static FormSubmission on(Function<DomainException, String> fieldOf) {
        return new FormSubmission(FormErrors.none(), fieldOf);
    }

    /** Adds an error on {@code field} unless {@code holds}: a rule the form object cannot state itself. */
    public FormSubmission unless(boolean holds, String field, String messageKey, Object... args) {
        return holds ? this : new FormSubmission(errors.with(field, messageKey, args), fieldOf);
    }

    /** Runs {@code action} if the form is valid; otherwise, or when the domain refuses, shows it again. */
    public String run(Action action, Function<FormErrors, String> showAgain) {
        FormErrors shown = errors;
        if (shown.isEmpty()) {
            try {
                return action.run();
            } catch (IOException e) {
                // reading an upload failed: the server's fault, not the form's
                throw new UncheckedIOException(e);
            } catch (DomainException e) {
                shown = shown.with(fieldOf.apply(e), e.messageKey(), e.arguments());
            }
        }
        return showAgain.apply(shown);
    }

    /** What a valid form does: usually a change and {@link PostRedirectGet#done}; it may read an upload. */
    @FunctionalInterface
    public interface Action {
        String run() throws IOException;
    }
}
