package vn.doimoi.identity;

import java.util.UUID;

/** Identifies a user account. */
public record UserId(UUID value) {

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
