package vn.doimoi;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.core.userdetails.UserDetails;
import vn.doimoi.identity.Role;

/**
 * The fixture of the route-wide tests: one real account for each role (a member with its own
 * organisation), created once per test class, signed in through its real principal.
 */
final class OneUserPerRole {

    private final TestUsers testUsers;
    private final Map<Role, String> usernames = new EnumMap<>(Role.class);

    OneUserPerRole(TestUsers testUsers) {
        this.testUsers = testUsers;
        for (Role role : Role.values()) {
            usernames.put(role, testUsers.create(role));
        }
    }

    /** The principal the user of this role has, for MockMvc's {@code user(...)}. */
    UserDetails principal(Role role) {
        return testUsers.principal(usernames.get(role));
    }
}
