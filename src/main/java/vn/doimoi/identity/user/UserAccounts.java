package vn.doimoi.identity.user;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/** Creates and changes user accounts; every change goes to the audit trail. */
@Service
@Transactional
public class UserAccounts {

    private static final String ENTITY = "identity.user";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;

    UserAccounts(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an administrator fills in for a user. */
    public record UserData(
            String displayName,
            String email,
            Set<Role> roles,
            @Nullable UUID organisationId,
            boolean enabled) {}

    /** A user as the sign-in needs it. */
    public record LoginAccount(
            UserId id,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            Set<Role> roles,
            @Nullable UUID organisationId,
            long accountVersion,
            long passwordVersion) {}

    /** A user for the edit form, with the version that guards concurrent edits. */
    public record EditableUser(UserSummary user, long version) {}

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(UserId id) {
        return users.findById(id.value()).map(User::toSummary);
    }

    @Transactional(readOnly = true)
    public EditableUser editable(UserId id) {
        User user = load(id);
        return new EditableUser(user.toSummary(), user.version());
    }

    @Transactional(readOnly = true)
    public List<UserSummary> membersOf(UUID organisationId) {
        return users.findByOrganisationIdOrderByDisplayName(organisationId).stream()
                .map(User::toSummary)
                .toList();
    }

    /** The enabled users who have a role, by display name. */
    @Transactional(readOnly = true)
    public List<UserSummary> enabledWithRole(Role role) {
        return users.enabledWithRole(role).stream().map(User::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> all() {
        return users.findAllByOrderByUsername().stream().map(User::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<LoginAccount> forLogin(String username) {
        return users.findByUsername(username.strip()).map(this::toLoginAccount);
    }

    /** The account a signed-in session is renewed from when it changed (ADR 0029). */
    @Transactional(readOnly = true)
    public Optional<LoginAccount> forSession(UserId id) {
        return users.findById(id.value()).map(this::toLoginAccount);
    }

    private LoginAccount toLoginAccount(User user) {
        return new LoginAccount(
                new UserId(user.id()),
                user.username(),
                user.displayName(),
                user.passwordHash(),
                user.enabled(),
                user.roles(),
                user.organisationId(),
                user.accountVersion(),
                user.passwordVersion());
    }

    public UserId create(String username, String password, UserData data) {
        String login = username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!login.matches("[a-z0-9._-]{3,64}")) {
            throw DomainException.invalid("user.error.usernameFormat");
        }
        if (users.findByUsername(login).isPresent()) {
            throw DomainException.conflict("user.error.usernameTaken", login);
        }
        requireFreeEmail(data.email(), null);
        String displayName = VietnameseText.clean(data.displayName());
        passwordPolicy.check(password, login, displayName);
        User user = new User(
                login,
                displayName,
                data.email().strip(),
                passwordEncoder.encode(password),
                data.roles(),
                data.organisationId(),
                clock.instant());
        if (!data.enabled()) {
            user.update(user.displayName(), user.email(), data.roles(), data.organisationId(), false, clock.instant());
        }
        users.save(user);
        audit.record("user.created", ENTITY, user.id().toString(), null, user.auditState());
        return new UserId(user.id());
    }

    /** Saves an administrator's edit; {@code version} is the one the form was loaded with. */
    public void update(UserId id, long version, UserData data) {
        User user = load(id);
        if (user.version() != version) {
            throw DomainException.conflict("error.concurrentEdit");
        }
        requireFreeEmail(data.email(), user.id());
        Map<String, Object> before = user.auditState();
        user.update(
                VietnameseText.clean(data.displayName()),
                data.email().strip(),
                data.roles(),
                data.organisationId(),
                data.enabled(),
                clock.instant());
        users.saveAndFlush(user);
        audit.record("user.updated", ENTITY, user.id().toString(), before, user.auditState());
    }

    /**
     * Saves an administrator's edit and sets a new password, together: a refused password leaves
     * the edit unsaved too, so the form shown again still matches what is stored.
     */
    public void update(UserId id, long version, UserData data, String newPassword) {
        update(id, version, data);
        resetPassword(id, newPassword);
    }

    /** An administrator sets a new password (the user should change it at first sign-in). */
    public void resetPassword(UserId id, String newPassword) {
        User user = load(id);
        passwordPolicy.check(newPassword, user.username(), user.displayName());
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record("user.passwordReset", ENTITY, user.id().toString(), null, null);
    }

    /** A signed-in user changes their own password, proving they know the current one. */
    public void changeOwnPassword(UserId id, String currentPassword, String newPassword) {
        User user = load(id);
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw DomainException.invalid("account.error.wrongPassword");
        }
        passwordPolicy.check(newPassword, user.username(), user.displayName());
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record("user.passwordChanged", ENTITY, user.id().toString(), null, null);
    }

    @Transactional(readOnly = true)
    public boolean anyAdministrator() {
        return users.existsWithRole(Role.ADMIN);
    }

    private void requireFreeEmail(String email, @Nullable UUID self) {
        users.findByEmail(email.strip())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw DomainException.conflict("user.error.emailTaken", email);
                });
    }

    private User load(UserId id) {
        return users.findById(id.value()).orElseThrow(() -> new NotFoundException("user", id));
    }
}
