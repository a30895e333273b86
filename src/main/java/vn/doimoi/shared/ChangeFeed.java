package vn.doimoi.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the open views a module publishes for harvesters: a page of a {@link ChangeWindow}, one
 * record by id, or the records of a set of ids, each over a {@code SELECT} whose columns include
 * {@code id} and {@code changed_at}. One copy of the cursor's parameters, so that every feed pages
 * the same way.
 */
public final class ChangeFeed {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final JdbcClient jdbc;

    public ChangeFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records of {@code select} that fall in {@code window}, oldest change first. */
    public <T> List<T> page(ChangeWindow window, String select, Row<T> row) {
        return jdbc.sql(window.wrap(select))
                .param("afterAt", window.afterAtUtc())
                .param("afterId", window.afterId())
                .param("before", window.beforeUtc())
                .param("limit", window.limit())
                .query((rs, n) -> row.map(rs))
                .list();
    }

    /** The record of {@code select} with this id, if it is there. */
    public <T> Optional<T> one(String select, UUID id, Row<T> row) {
        return jdbc.sql("SELECT * FROM (" + select + ") x WHERE x.id = :id")
                .param("id", id)
                .query((rs, n) -> row.map(rs))
                .optional();
    }

    /** The records of {@code select} among these ids (none for none). */
    public <T> List<T> any(String select, Collection<UUID> ids, Row<T> row) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM (" + select + ") x WHERE x.id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> row.map(rs))
                .list();
    }
}
