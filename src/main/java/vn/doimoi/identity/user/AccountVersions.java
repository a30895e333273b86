package vn.doimoi.identity.user;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.UserId;

/**
 * What every signed-in request checks its session against (ADR 0029): one query by primary key,
 * without loading the entity and its roles, because it runs on each signed-in request.
 */
@Component
public class AccountVersions {

    /** The row's state as far as open sessions care. */
    public record Versions(boolean enabled, long accountVersion, long passwordVersion) {}

    private final JdbcClient jdbc;

    AccountVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the account no longer exists. */
    public Optional<Versions> of(UserId id) {
        return jdbc.sql("SELECT enabled, account_version, password_version FROM identity.app_user WHERE id = ?")
                .param(id.value())
                .query((row, n) -> new Versions(
                        row.getBoolean("enabled"), row.getLong("account_version"), row.getLong("password_version")))
                .optional();
    }
}
