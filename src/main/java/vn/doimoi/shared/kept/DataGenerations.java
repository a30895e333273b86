package vn.doimoi.shared.kept;

import java.util.Collection;

/**
 * A number per table that moves after each committed change to it, so that whatever was made from
 * the table's rows (a kept page) can tell whether it is still current. One node keeps them in
 * memory ({@link InMemoryDataGenerations}); several nodes share them through PostgreSQL
 * ({@link SharedDataGenerations}, ADR 0084), chosen by {@code doimoi.kept.generations}.
 */
public interface DataGenerations {

    /** The table's current generation (0 for a table never changed since start). */
    long current(String table);

    /** Moves the generation of each table; called after the change committed. */
    void changed(Collection<String> tables);
}
