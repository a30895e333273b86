package vn.doimoi;

import java.util.EnumSet;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.user.UserAccounts;

/** Creates real accounts for tests, with unique names so tests never depend on each other. */
@Component
public class TestUsers {

    public static final String PASSWORD = "test-password-1";

    private final UserAccounts users;
    private final Organisations organisations;
    private final UserDetailsService userDetails;

    TestUsers(UserAccounts users, Organisations organisations, UserDetailsService userDetails) {
        this.users = users;
        this.organisations = organisations;
        this.userDetails = userDetails;
    }

    /** A new user with this role (and an organisation when the role needs one). */
    public String create(Role role) {
        return create(role, role == Role.ORG_MEMBER ? organisation() : null);
    }

    /** A new user with this role acting for this organisation. */
    public String create(Role role, UUID organisation) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + unique();
        users.create(
                username,
                PASSWORD,
                new UserAccounts.UserData(
                        "Người dùng " + role.name(),
                        username + "@test.doimoi.vn",
                        EnumSet.of(role),
                        organisation,
                        true));
        return username;
    }

    public UserId id(String username) {
        return users.forLogin(username).orElseThrow().id();
    }

    /** The principal a signed-in user has, for MockMvc's {@code user(...)}. */
    public UserDetails principal(String username) {
        return userDetails.loadUserByUsername(username);
    }

    public UUID organisation() {
        return organisations.create(new OrganisationData(
                OrganisationType.ENTERPRISE,
                "Công ty thử nghiệm " + unique(),
                null,
                null,
                "Tây Ninh",
                null,
                null,
                null,
                null,
                null,
                null));
    }

    /** A new agency (department or locality) of the directory. */
    public UUID agency() {
        return organisations.create(new OrganisationData(
                OrganisationType.AGENCY,
                "Sở thử nghiệm " + unique(),
                null,
                null,
                "Tây Ninh",
                null,
                null,
                null,
                null,
                null,
                null));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
