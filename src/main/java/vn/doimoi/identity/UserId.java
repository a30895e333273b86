package vn.doimoi.identity;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a user account; serialisable, because the signed-in principal holding it is kept in the session. */
public record UserId(UUID value) implements Serializable {

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
