package vn.doimoi.identity.security;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bucket4j's buckets in PostgreSQL ({@code identity.sign_in_bucket}), shared by every node (ADR
 * 0084): Bucket4j reads a bucket's state, applies the command on this node, and writes the new
 * state only if the row still holds the bytes it read (compare-and-swap, retried by Bucket4j when
 * another node changed it meanwhile). Bucket4j's own PostgreSQL module does not resolve here; its
 * generic compare-and-swap manager in the core needs only these two statements. Time comes from
 * the application's clock, as for the throttle's other state.
 */
final class SharedSignInBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Function<String, Duration> keptFor;

    SharedSignInBuckets(JdbcTemplate jdbc, Clock clock, TimeMeter meter, Function<String, Duration> keptFor) {
        super(ClientSideConfig.getDefault().withClientClock(meter));
        this.jdbc = jdbc;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    /** Whether the bucket exists: a name or address that never failed has none, and waits for nothing. */
    boolean exists(String key) {
        Boolean exists = jdbc.queryForObject(
                "select exists (select 1 from identity.sign_in_bucket where bucket_key = ? and expires_at > ?)",
                Boolean.class,
                key,
                Timestamp.from(clock.instant()));
        return Boolean.TRUE.equals(exists);
    }

    /** Deletes the buckets past their time, so the table holds only the last day's failures. */
    void forgetExpired() {
        jdbc.update("delete from identity.sign_in_bucket where expires_at < ?", Timestamp.from(clock.instant()));
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                List<byte[]> states = jdbc.query(
                        "select state from identity.sign_in_bucket where bucket_key = ? and expires_at > ?",
                        (rs, row) -> rs.getBytes(1),
                        key,
                        Timestamp.from(clock.instant()));
                return states.stream().findFirst();
            }

            @Override
            public boolean compareAndSwap(
                    byte @Nullable [] originalData,
                    byte[] newData,
                    RemoteBucketState newState,
                    Optional<Long> timeoutNanos) {
                Timestamp expires = Timestamp.from(clock.instant().plus(keptFor.apply(key)));
                if (originalData == null) {
                    // a bucket past its time is replaced as if it were not there
                    return jdbc.update("""
                            insert into identity.sign_in_bucket (bucket_key, state, expires_at) values (?, ?, ?)
                            on conflict (bucket_key) do update set state = excluded.state, expires_at = excluded.expires_at
                            where identity.sign_in_bucket.expires_at <= ?""", key, newData, expires, Timestamp.from(clock.instant())) == 1;
                }
                return jdbc.update(
                                "update identity.sign_in_bucket set state = ?, expires_at = ? where bucket_key = ? and state = ?",
                                newData,
                                expires,
                                key,
                                originalData)
                        == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("sign-in buckets are used synchronously");
    }

    @Override
    public void removeProxy(String key) {
        jdbc.update("delete from identity.sign_in_bucket where bucket_key = ?", key);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("sign-in buckets are used synchronously");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
