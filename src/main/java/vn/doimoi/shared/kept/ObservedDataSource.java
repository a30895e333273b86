package vn.doimoi.shared.kept;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, watching the SQL that goes through it: whatever writes it, JPA or
 * a JDBC writer, a change moves its tables' {@link DataGenerations} once it has committed, and a
 * page being rendered learns which tables it read ({@link TablesRead}). Seeing the statements
 * rather than entities catches what entity events miss: projections, native queries, bulk
 * updates and the modules' JdbcTemplate writers (ADR 0074).
 */
final class ObservedDataSource extends DelegatingDataSource {

    private final DataGenerations generations;
    private final SqlTables tables = new SqlTables();

    ObservedDataSource(DataSource target, DataGenerations generations) {
        super(target);
        this.generations = generations;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return observe(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return observe(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection observe(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                ObservedDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ConnectionWatch(connection));
    }

    /** Tables written in the connection's open transaction wait for its commit; a rollback drops them. */
    private final class ConnectionWatch implements InvocationHandler {

        private final Connection target;
        private final Set<String> pending = new HashSet<>();

        ConnectionWatch(Connection target) {
            this.target = target;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
            String name = method.getName();
            if ((name.equals("unwrap") || name.equals("isWrapperFor")) && args != null && args[0] == Connection.class) {
                return name.equals("unwrap") ? proxy : Boolean.TRUE;
            }
            if ((name.equals("prepareStatement") || name.equals("prepareCall"))
                    && args != null
                    && args[0] instanceof String sql) {
                Set<String> written = seen(sql);
                Object statement = call(target, method, args);
                return written.isEmpty() ? statement : watched(proxy, statement, method.getReturnType(), written);
            }
            if (name.equals("createStatement")) {
                return watched(proxy, call(target, method, args), Statement.class, Set.of());
            }
            boolean ending = name.equals("commit")
                    || (name.equals("setAutoCommit") && args != null && Boolean.TRUE.equals(args[0]));
            Object result = call(target, method, args);
            if (ending) {
                if (!pending.isEmpty()) {
                    generations.changed(Set.copyOf(pending));
                    pending.clear();
                }
            } else if (name.equals("rollback") && (args == null || args.length == 0) || name.equals("close")) {
                pending.clear();
            }
            return result;
        }

        /** The statement's reads go to the page being rendered; answers the tables it writes. */
        private Set<String> seen(String sql) {
            SqlTables.Touched touched = tables.of(sql);
            TablesRead.read(touched.read(), generations);
            return touched.written();
        }

        /**
         * A statement that changed rows moves its tables: at once outside a transaction (it has
         * committed as it ran), at the commit inside one. One that changed nothing (a scheduled job
         * finding no work) moves none. A plain statement's SQL comes with each run or batch.
         */
        private Object watched(Object connection, Object statement, Class<?> type, Set<String> prepared) {
            Class<?> kind = CallableStatement.class.isAssignableFrom(type)
                    ? CallableStatement.class
                    : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
            Set<String> batch = new HashSet<>();
            return Proxy.newProxyInstance(
                    ObservedDataSource.class.getClassLoader(), new Class<?>[] {kind}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("getConnection")) {
                            return connection;
                        }
                        Set<String> written = prepared;
                        if (args != null && args.length > 0 && args[0] instanceof String sql) {
                            if (name.equals("addBatch")) {
                                batch.addAll(seen(sql));
                                return call(statement, method, args);
                            }
                            written = seen(sql);
                        } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                            written = new HashSet<>(prepared);
                            written.addAll(batch);
                            batch.clear();
                        }
                        Object result = call(statement, method, args);
                        if (name.startsWith("execute") && !written.isEmpty() && changedRows(statement, result)) {
                            if (target.getAutoCommit()) {
                                generations.changed(written);
                            } else {
                                pending.addAll(written);
                            }
                        }
                        return result;
                    });
        }
    }

    private static boolean changedRows(Object statement, @Nullable Object result) throws SQLException {
        if (result instanceof Integer count) {
            return count != 0;
        }
        if (result instanceof Long count) {
            return count != 0;
        }
        if (result instanceof int[] counts) {
            for (int count : counts) {
                if (count != 0) {
                    return true;
                }
            }
            return false;
        }
        if (result instanceof long[] counts) {
            for (long count : counts) {
                if (count != 0) {
                    return true;
                }
            }
            return false;
        }
        if (Boolean.FALSE.equals(result)) {
            return ((Statement) statement).getUpdateCount() != 0;
        }
        return true; // a result set: "returning" rows, or a function that may write
    }

    private static @Nullable Object call(Object target, Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
