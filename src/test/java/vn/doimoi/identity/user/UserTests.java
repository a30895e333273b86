package vn.doimoi.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

class UserTests {

    private final Instant now = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void anOrganisationMemberMustBelongToAnOrganisation() {
        assertThatThrownBy(() ->
                        new User("bao", "Bảo", "bao@example.vn", "{noop}x", EnumSet.of(Role.ORG_MEMBER), null, now))
                .isInstanceOf(DomainException.class)
                .hasMessage("user.error.memberNeedsOrganisation");
    }

    @Test
    void theAuditStateNeverHoldsThePassword() {
        User user = new User("lan", "Lan", "lan@example.vn", "{bcrypt}secret-hash", EnumSet.of(Role.STAFF), null, now);

        assertThat(user.auditState().toString()).doesNotContain("secret-hash");
    }
}
