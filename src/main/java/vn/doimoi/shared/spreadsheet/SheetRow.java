package vn.doimoi.shared.spreadsheet;

import org.jspecify.annotations.Nullable;

/**
 * A row read from an import sheet: its number as Excel shows it, and either what it holds or the
 * message key (with arguments) of why it could not be read.
 */
public interface SheetRow<T> {

    int number();

    @Nullable
    T value();

    @Nullable
    String problemKey();

    Object[] problemArgs();
}
