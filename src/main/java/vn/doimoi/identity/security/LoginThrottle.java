package vn.doimoi.identity.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
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
 * caller refuses them without checking the password. State is in memory, per node, bounded in
 * size and time by Caffeine (issue 23 may move it to PostgreSQL).
 */
@Component
class LoginThrottle {

    static final int MAX_ENTRIES = 100_000;
    static final Duration SUSPECT_FOR = Duration.ofMinutes(15);

    private final TimeMeter meter;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> names;
    private final Cache<String, Boolean> suspects;

    LoginThrottle(Clock clock) {
        this.meter = new ClockTimeMeter(clock);
        this.addresses = Caffeine.newBuilder()
                .ticker(meter::currentTimeNanos)
                .expireAfterAccess(Duration.ofDays(1))
                .maximumSize(MAX_ENTRIES)
                .build();
        this.names = Caffeine.newBuilder()
                .ticker(meter::currentTimeNanos)
                .expireAfterAccess(Duration.ofHours(1))
                .maximumSize(MAX_ENTRIES)
                .build();
        this.suspects = Caffeine.newBuilder()
                .ticker(meter::currentTimeNanos)
                .expireAfterWrite(SUSPECT_FOR)
                .maximumSize(MAX_ENTRIES)
                .build();
    }

    /** How long this address must wait before it may try this name again; empty when it may try now. */
    Optional<Duration> refusal(String address, String name) {
        long waitNanos = wait(addresses.getIfPresent(addressKey(address)));
        if (suspects.getIfPresent(pairKey(address, name)) != null) {
            waitNanos = Math.max(waitNanos, wait(names.getIfPresent(nameKey(name))));
        }
        return waitNanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(waitNanos));
    }

    /** Counts a failed sign-in (or a wrong current password) of this address on this name. */
    void failed(String address, String name) {
        addresses.get(addressKey(address), key -> addressBucket()).tryConsume(1);
        names.get(nameKey(name), key -> nameBucket()).tryConsume(1);
        suspects.put(pairKey(address, name), Boolean.TRUE);
    }

    /** The right password from this address: its own count starts again. */
    void succeeded(String address, String name) {
        addresses.invalidate(addressKey(address));
        suspects.invalidate(pairKey(address, name));
    }

    private static long wait(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    private Bucket addressBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(meter)
                .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofMinutes(5)))
                .addLimit(limit -> limit.capacity(30).refillGreedy(30, Duration.ofHours(1)))
                .addLimit(limit -> limit.capacity(100).refillGreedy(100, Duration.ofDays(1)))
                .build();
    }

    private Bucket nameBucket() {
        // Both refill at least one token every 90 s: the wait on an account never grows past that.
        return Bucket.builder()
                .withCustomTimePrecision(meter)
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

    /** Bucket4j and Caffeine read time from the application's clock, so tests can move it. */
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
