package vn.doimoi.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The errors of a submitted form, by field, ready for {@link Ui#error}. Immutable. */
public final class FormErrors {

    /** The key of errors that belong to the whole form rather than one field. */
    public static final String GLOBAL = "_global";

    private final Map<String, MessageSourceResolvable> byField;

    private FormErrors(Map<String, MessageSourceResolvable> byField) {
        this.byField = Map.copyOf(byField);
    }

    public static FormErrors none() {
        return new FormErrors(Map.of());
    }

    /** Bean Validation errors; their codes (e.g. {@code NotBlank}) are message keys. */
    public static FormErrors of(BindingResult binding) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error);
        }
        binding.getGlobalErrors().forEach(error -> errors.putIfAbsent(GLOBAL, error));
        return new FormErrors(errors);
    }

    public FormErrors with(String field, String messageKey, Object... args) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>(byField);
        errors.put(field, new DefaultMessageSourceResolvable(new String[] {messageKey}, args, messageKey));
        return new FormErrors(errors);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Whether an error is one only hostile input causes; the form then answers 400 ({@link BadInputStatus}). */
    boolean hasHostileInput() {
        return byField.values().stream().anyMatch(BadInputStatus::isHostile);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public @Nullable MessageSourceResolvable get(String field) {
        return byField.get(field);
    }
}
