package vn.doimoi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.MovableClock;

/**
 * The throttle's rules, on a clock the test moves (no test sleeps), with its state in the real
 * PostgreSQL every node shares; each test starts from an empty state.
 */
@DoimoiSpringTest
class LoginThrottleTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T02:00:00Z"));

    @Autowired
    JdbcTemplate jdbc;

    private LoginThrottle throttle;

    @BeforeEach
    void emptyState() {
        jdbc.update("delete from identity.sign_in_bucket");
        jdbc.update("delete from identity.sign_in_suspect");
        throttle = new LoginThrottle(clock, jdbc);
    }

    @Test
    void tenFailuresFromOneAddressHoldItBackForThirtySeconds() {
        // given ten wrong passwords from one address, none of them held back
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.refusal("203.0.113.7", "lan")).isEmpty();
            throttle.failed("203.0.113.7", "lan");
        }

        // when it tries again at once, for this or any other name
        Optional<Duration> sameName = throttle.refusal("203.0.113.7", "lan");
        Optional<Duration> otherName = throttle.refusal("203.0.113.7", "khoa");

        // then it must wait about 30 s, and after that it may try once more
        assertThat(sameName).get().satisfies(wait -> assertThat(wait).isBetween(seconds(29), seconds(30)));
        assertThat(otherName).isPresent();
        clock.advance(seconds(30));
        assertThat(throttle.refusal("203.0.113.7", "lan")).isEmpty();
        throttle.failed("203.0.113.7", "lan");
        assertThat(throttle.refusal("203.0.113.7", "lan")).isPresent();
    }

    @Test
    void theDelaysGrowTheLongerAnAddressKeepsFailing() {
        // given an address that guesses as fast as it is let through, for a day
        List<Duration> waits = new ArrayList<>();
        for (int failures = 0; failures < 140; failures++) {
            Optional<Duration> wait = throttle.refusal("198.51.100.9", "name-" + failures);
            if (wait.isPresent()) {
                waits.add(wait.get());
                clock.advance(wait.get());
            }
            throttle.failed("198.51.100.9", "name-" + failures);
        }

        // then the waits grow: 30 s after the first ten, minutes after thirty, a quarter hour after a hundred
        assertThat(waits.get(0)).isLessThanOrEqualTo(seconds(30));
        assertThat(waits.get(30)).isGreaterThanOrEqualTo(seconds(60));
        assertThat(waits.get(waits.size() - 1)).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theOwnerFromAnotherAddressIsNeverHeldBackByAnAttackersFailures() {
        // given an attacker who keeps guessing admin's password from one address for hours
        for (int i = 0; i < 200; i++) {
            throttle.refusal("192.0.2.66", "admin").ifPresent(clock::advance);
            throttle.failed("192.0.2.66", "admin");
        }

        // when the owner signs in from their own address, the attacker is still held back
        assertThat(throttle.refusal("192.0.2.66", "admin")).isPresent();
        assertThat(throttle.refusal("203.0.113.20", "admin")).isEmpty();
    }

    @Test
    void manyAddressesGuessingOneAccountAreSlowedTogetherButNeverForMoreThanNinetySeconds() {
        // given a hundred addresses, each failing twice on the same account
        for (int host = 1; host <= 100; host++) {
            for (int i = 0; i < 2; i++) {
                throttle.failed("10.1.0." + host, "canbo");
            }
        }

        // then each of them is held back on that account, for at most 90 s
        assertThat(throttle.refusal("10.1.0.7", "canbo"))
                .get()
                .satisfies(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(seconds(90)));
        // but not on another account, and not an address that has not failed on it (the owner)
        assertThat(throttle.refusal("10.1.0.7", "bientap")).isEmpty();
        assertThat(throttle.refusal("10.2.0.1", "canbo")).isEmpty();
        // and after 90 s one of them may try again
        clock.advance(seconds(90));
        assertThat(throttle.refusal("10.1.0.7", "canbo")).isEmpty();
    }

    @Test
    void aSuccessfulSignInFromAnAddressForgetsItsFailures() {
        // given an office address whose people mistyped ten times
        for (int i = 0; i < 10; i++) {
            throttle.failed("198.51.100.50", "coquan");
        }
        assertThat(throttle.refusal("198.51.100.50", "moigioi")).isPresent();

        // when someone there signs in (after waiting)
        clock.advance(seconds(30));
        throttle.succeeded("198.51.100.50", "coquan");

        // then the address starts afresh
        for (int i = 0; i < 9; i++) {
            throttle.failed("198.51.100.50", "moigioi");
        }
        assertThat(throttle.refusal("198.51.100.50", "moigioi")).isEmpty();
    }

    @Test
    void refusedAttemptsAreNotCounted() {
        // given a throttled address
        for (int i = 0; i < 10; i++) {
            throttle.failed("192.0.2.10", "lan");
        }

        // when it keeps asking while held back
        for (int i = 0; i < 1_000; i++) {
            throttle.refusal("192.0.2.10", "lan");
        }

        // then its wait has not grown
        clock.advance(seconds(30));
        assertThat(throttle.refusal("192.0.2.10", "lan")).isEmpty();
    }

    @Test
    void theAddressesOfOneIpv6NetworkShareOneCount() {
        // given ten failures, each from another address of the same /64
        for (int i = 1; i <= 10; i++) {
            throttle.failed("2001:db8:0:1::" + Integer.toHexString(i), "lan");
        }

        // then a new address of that network is held back, another network is not
        assertThat(throttle.refusal("2001:db8:0:1:ffff:ffff:ffff:ffff", "khoa")).isPresent();
        assertThat(throttle.refusal("2001:db8:0:2::1", "khoa")).isEmpty();
    }

    @Test
    void namesCountAlikeWhateverTheirCase() {
        assertThat(LoginThrottle.nameKey("  Admin ")).isEqualTo(LoginThrottle.nameKey("admin"));
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
