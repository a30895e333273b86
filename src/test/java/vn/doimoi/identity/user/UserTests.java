package vn.doimoi.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

class UserTests {

    private final Instant now = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void locksAfterFiveFailedSignInsInARowForFifteenMinutes() {
        // given
        User user = new User("lan", "Nguyễn Thị Lan", "lan@example.vn", "{noop}x", EnumSet.of(Role.STAFF), null, now);

        // when four fail, the account stays open; the fifth locks it
        for (int i = 0; i < 4; i++) {
            assertThat(user.recordFailedLogin(5, Duration.ofMinutes(15), now)).isFalse();
        }
        boolean locked = user.recordFailedLogin(5, Duration.ofMinutes(15), now);

        // then
        assertThat(locked).isTrue();
        assertThat(user.isLocked(now.plusSeconds(14 * 60))).isTrue();
        assertThat(user.isLocked(now.plusSeconds(15 * 60))).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        User user = new User("lan", "Lan", "lan@example.vn", "{noop}x", EnumSet.of(Role.STAFF), null, now);
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(5, Duration.ofMinutes(15), now);
        }

        user.recordSuccessfulLogin();

        assertThat(user.recordFailedLogin(5, Duration.ofMinutes(15), now)).isFalse();
    }

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
