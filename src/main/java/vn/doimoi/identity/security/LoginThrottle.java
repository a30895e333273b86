package vn.doimoi.identity.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock an owner out (ADR 0030). Only failures are
 * counted, in Bucket4j token buckets:
 *
 * <ul>
 *   <li><b>per client address</b>: ten failures at once, then one every 30 s, after thirty in an
 *       hour one every 2 min, after a hundred in a day one every 14 min (delays grow). An address
 *       that is out of tokens is refused for every account. A successful sign-in from the address
 *       empties its count, so an office behind one address is not slowed by its own typos.
 *   <li><b>per account name</b>, whether the account exists or not (the answer never tells): ten
 *       failures at once, then one every 30 s, after forty in an hour one every 90 s, never more.
 *       It is applied only to addresses that have themselves failed on that name in the last 15
 *       minutes: many addresses guessing one account are slowed together, while the owner typing
 *       the right password from any other address is never refused by it.
 * </ul>
 *
 * Refused attempts are not counted, so hammering a throttled address changes nothing, and the
 * caller refuses them without checking the password. The state is in PostgreSQL, shared by every
 * node (ADR 0084): failures spread over several nodes are counted as one. Rows expire (a day for an
 * address, an hour for a name, 15 minutes for a suspect) and are deleted as failures come in.
 */
@Component
class LoginThrottle {

    static final Duration SUSPECT_FOR = Duration.ofMinutes(15);
    private static final String ADDRESS = "a:";
    private static final String NAME = "n:";

    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final SharedSignInBuckets buckets;

    LoginThrottle(Clock clock, JdbcTemplate jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.buckets = new SharedSignInBuckets(
                jdbc,
                clock,
                new ClockTimeMeter(clock),
                key -> key.startsWith(ADDRESS) ? Duration.ofDays(1) : Duration.ofHours(1));
    }

    /** How long this address must wait before it may try this name again; empty when it may try now. */
    Optional<Duration> refusal(String address, String name) {
        long waitNanos = wait(ADDRESS + addressKey(address), LoginThrottle::addressLimits);
        if (suspect(address, name)) {
            waitNanos = Math.max(waitNanos, wait(NAME + nameKey(name), LoginThrottle::nameLimits));
        }
        return waitNanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(waitNanos));
    }

    /** Counts a failed sign-in (or a wrong current password) of this address on this name. */
    void failed(String address, String name) {
        bucket(ADDRESS + addressKey(address), LoginThrottle::addressLimits).tryConsume(1);
        bucket(NAME + nameKey(name), LoginThrottle::nameLimits).tryConsume(1);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into identity.sign_in_suspect (address_and_name, until) values (?, ?)
                on conflict (address_and_name) do update set until = excluded.until""", pairKey(address, name), Timestamp.from(clock.instant().plus(SUSPECT_FOR)));
        jdbc.update("delete from identity.sign_in_suspect where until < ?", now);
        buckets.forgetExpired();
    }

    /** The right password from this address: its own count starts again. */
    void succeeded(String address, String name) {
        buckets.removeProxy(ADDRESS + addressKey(address));
        jdbc.update("delete from identity.sign_in_suspect where address_and_name = ?", pairKey(address, name));
    }

    private boolean suspect(String address, String name) {
        Boolean suspect = jdbc.queryForObject(
                "select exists (select 1 from identity.sign_in_suspect where address_and_name = ? and until > ?)",
                Boolean.class,
                pairKey(address, name),
                Timestamp.from(clock.instant()));
        return Boolean.TRUE.equals(suspect);
    }

    private long wait(String key, Supplier<BucketConfiguration> limits) {
        if (!buckets.exists(key)) {
            return 0;
        }
        EstimationProbe probe = bucket(key, limits).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(String key, Supplier<BucketConfiguration> limits) {
        return buckets.builder().build(key, limits);
    }

    private static BucketConfiguration addressLimits() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofMinutes(5)))
                .addLimit(limit -> limit.capacity(30).refillGreedy(30, Duration.ofHours(1)))
                .addLimit(limit -> limit.capacity(100).refillGreedy(100, Duration.ofDays(1)))
                .build();
    }

    private static BucketConfiguration nameLimits() {
        // Both refill at least one token every 90 s: the wait on an account never grows past that.
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofMinutes(5)))
                .addLimit(limit -> limit.capacity(40).refillGreedy(40, Duration.ofHours(1)))
                .build();
    }

    /** Account names as the sign-in finds them (stripped, lower case), cut so no name costs much memory. */
    static String nameKey(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its /64 network, because one subscriber gets a
     * whole /64 and could otherwise change address for every guess.
     */
    static String addressKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] network = new byte[8];
                System.arraycopy(parsed.getAddress(), 0, network, 0, 8);
                return HexFormat.of().formatHex(network) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            // getRemoteAddr() gives a literal, so no lookup happens; anything else is kept as given.
            return address;
        }
    }

    private static String pairKey(String address, String name) {
        return addressKey(address) + '\n' + nameKey(name);
    }

    /** Bucket4j reads time from the application's clock, so tests can move it. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
