package vn.doimoi.identity.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.shared.DomainException;

/** A user account. An administrator can disable it; sign-in failures are throttled elsewhere, never locking it (ADR 0030). */
@Entity
@Table(schema = "identity", name = "app_user")
class User {

    @Id
    private UUID id;

    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean enabled;
    private @Nullable UUID organisationId;
    private Instant createdAt;
    private Instant updatedAt;
    /** Moves with every change a signed-in session must follow (ADR 0029); not the JPA version. */
    private long accountVersion;
    /** Moves with every new password: sessions signed in with an older one end (ADR 0029). */
    private long passwordVersion;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "identity", name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected User() {}

    User(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Set<Role> roles,
            @Nullable UUID organisationId,
            Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
        this.updatedAt = now;
        requireOrganisationForMembers();
    }

    void update(
            String displayName,
            String email,
            Set<Role> roles,
            @Nullable UUID organisationId,
            boolean enabled,
            Instant now) {
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.organisationId = organisationId;
        this.enabled = enabled;
        this.updatedAt = now;
        this.accountVersion++;
        requireOrganisationForMembers();
    }

    void joinOrganisation(@Nullable UUID organisationId, Instant now) {
        this.organisationId = organisationId;
        this.updatedAt = now;
        this.accountVersion++;
        requireOrganisationForMembers();
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
        this.passwordVersion++;
    }

    private void requireOrganisationForMembers() {
        if (roles.contains(Role.ORG_MEMBER) && organisationId == null) {
            throw new DomainException("user.error.memberNeedsOrganisation");
        }
    }

    /** The state the audit trail keeps (never the password hash). */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("email", email);
        state.put("roles", new TreeSet<>(roles.stream().map(Role::name).toList()));
        state.put("enabled", enabled);
        state.put("organisationId", organisationId == null ? null : organisationId.toString());
        return state;
    }

    UserSummary toSummary() {
        return new UserSummary(
                new UserId(id), username, displayName, email, Set.copyOf(roles), enabled, organisationId);
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    @Nullable
    UUID organisationId() {
        return organisationId;
    }

    long version() {
        return version;
    }

    long accountVersion() {
        return accountVersion;
    }

    long passwordVersion() {
        return passwordVersion;
    }
}
