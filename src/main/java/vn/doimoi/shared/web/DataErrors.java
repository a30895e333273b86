package vn.doimoi.shared.web;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22): the value sent cannot be stored as it is —
 * text longer than its column (22001), a character the database refuses such as NUL (22021,
 * 22P05), a number or date out of range (22003, 22008), text that is no number (22P02). It is the
 * sender's input, so 400, a safety net behind the checks at the edge (ADR 0033). Any other
 * database failure stays what it was.
 */
final class DataErrors {

    private DataErrors() {}

    /** The message key for a bad-data failure anywhere in the causes, or null when it is not one. */
    static @Nullable String messageKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return switch (sql.getSQLState()) {
                    case "22001" -> "error.input.tooLong";
                    case "22021", "22P05" -> "error.input.characters";
                    default -> "error.input.invalidValue";
                };
            }
        }
        return null;
    }
}
