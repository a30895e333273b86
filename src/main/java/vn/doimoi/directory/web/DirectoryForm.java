package vn.doimoi.directory.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the organisation and person forms share: the fields of activity ticked, the button that
 * shows a province's communes without script, and the confirmation that a likely duplicate is
 * meant. Public because the templates call {@link #hasField} and {@link #value}.
 */
public interface DirectoryForm {

    @Nullable
    Set<String> fieldCodes();

    @Nullable
    Boolean confirmDuplicates();

    @Nullable
    Boolean refreshCommunes();

    /** Whether the button that shows the chosen province's communes sent the form (no script ran). */
    default boolean refreshesCommunes() {
        return Boolean.TRUE.equals(refreshCommunes());
    }

    default boolean duplicatesConfirmed() {
        return Boolean.TRUE.equals(confirmDuplicates());
    }

    /** For templates: whether a field code is chosen. */
    default boolean hasField(String code) {
        Set<String> codes = fieldCodes();
        return codes != null && codes.contains(code);
    }

    /** For templates: a field's value, never null. */
    default String value(@Nullable String field) {
        return field == null ? "" : field;
    }
}
