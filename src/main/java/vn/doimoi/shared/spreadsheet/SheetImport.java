package vn.doimoi.shared.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * What an all-or-nothing import of a sheet did: how many entries were added, or each refused row
 * and why (row 0 when the refusal is about the whole file).
 */
public record SheetImport(int added, List<SheetImport.Problem> problems) {

    public SheetImport {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** The whole file refused, for one reason. */
    public static SheetImport refused(String messageKey) {
        return new SheetImport(0, List.of(new Problem(0, messageKey, List.of())));
    }

    /** A refused row: its number in the sheet and a message key with arguments. */
    public record Problem(int row, String messageKey, List<Object> arguments) {

        /** A cell left empty is an empty argument, not a null (List.of refused it with a 500). */
        static Problem of(int row, String messageKey, @Nullable Object[] arguments) {
            return new Problem(
                    row,
                    messageKey,
                    Arrays.stream(arguments)
                            .map(value -> value == null ? (Object) "" : value)
                            .toList());
        }
    }

    /**
     * Checks every row, then adds them all, or none when any row was unreadable or broke a rule
     * ({@code check} throws a {@link DomainException}); an empty sheet is refused with
     * {@code emptyKey}.
     */
    public static <T, U> SheetImport allOrNothing(
            List<? extends SheetRow<T>> rows, String emptyKey, Function<T, U> check, Consumer<U> add) {
        List<Problem> problems = new ArrayList<>();
        List<U> checked = new ArrayList<>();
        for (SheetRow<T> row : rows) {
            String problemKey = row.problemKey();
            if (problemKey != null) {
                problems.add(Problem.of(row.number(), problemKey, row.problemArgs()));
                continue;
            }
            try {
                checked.add(check.apply(Objects.requireNonNull(row.value())));
            } catch (DomainException e) {
                problems.add(Problem.of(row.number(), e.messageKey(), e.arguments()));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(0, emptyKey, List.of()));
        }
        if (!problems.isEmpty()) {
            return new SheetImport(0, problems);
        }
        checked.forEach(add);
        return new SheetImport(checked.size(), List.of());
    }
}
