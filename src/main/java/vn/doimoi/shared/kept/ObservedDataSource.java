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
                Set<String> written = statement(sql);
                Object statement = call(target, method, args);
                return written.isEmpty() || !target.getAutoCommit()
                        ? statement
                        : afterEachRun(proxy, statement, method.getReturnType(), written);
            }
            if (name.equals("createStatement")) {
                Object statement = call(target, method, args);
                return afterEachRun(proxy, statement, Statement.class, Set.of());
            }
            boolean ending = name.equals("commit") || (name.equals("setAutoCommit") && args != null && Boolean.TRUE.equals(args[0]));
            Object result = call(target, method, args);
            if (ending) {
                committed();
            } else if (name.equals("rollback") && (args == null || args.length == 0) || name.equals("close")) {
                pending.clear();
            }
            return result;
        }

        /** Reads go to the page being rendered; writes wait for the commit. */
        private Set<String> statement(String sql) throws SQLException {
            SqlTables.Touched touched = tables.of(sql);
            TablesRead.read(touched.read(), generations);
            if (!touched.written().isEmpty() && !target.getAutoCommit()) {
                pending.addAll(touched.written());
            }
            return touched.written();
        }

        private void committed() {
            if (!pending.isEmpty()) {
                generations.changed(Set.copyOf(pending));
                pending.clear();
            }
        }

        /**
         * A statement run outside a transaction commits as it runs: its tables move after each run.
         * A plain statement's SQL comes with each run (or batch), and is read then.
         */
        private Object afterEachRun(Object connection, Object statement, Class<?> type, Set<String> written) {
            Class<?> kind = CallableStatement.class.isAssignableFrom(type)
                    ? CallableStatement.class
                    : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
            Set<String> batch = new HashSet<>(written);
            return Proxy.newProxyInstance(
                    ObservedDataSource.class.getClassLoader(), new Class<?>[] {kind}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("getConnection")) {
                            return connection;
                        }
                        if ((name.startsWith("execute") || name.equals("addBatch"))
                                && args != null
                                && args.length > 0
                                && args[0] instanceof String sql) {
                            batch.addAll(statement(sql));
                        }
                        Object result = call(statement, method, args);
                        if (name.startsWith("execute") && !batch.isEmpty() && target.getAutoCommit()) {
                            generations.changed(Set.copyOf(batch));
                            batch.retainAll(written);
                        }
                        return result;
                    });
        }
    }

    private static @Nullable Object call(Object target, Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
