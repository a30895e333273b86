package vn.doimoi.portal.stats;

import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.cursors.LongCursor;
import java.util.UUID;

/**
 * When each visitor was last seen (epoch milliseconds), in primitive hash maps keyed by a 64-bit
 * fingerprint of the visitor id.
 *
 * <p>Why not a map of strings to instants: every new reader then left three small objects per map
 * alive for up to a day, and under load the young-generation collections spent 20 to 80 ms
 * copying them, which was most of the article page's p99. Here a visitor is two longs inside a
 * few arrays. The maps are split into 256 stripes, each behind its own lock, so that concurrent
 * requests rarely wait for one another and a stripe's resize or eviction is short. With 16
 * stripes, a benchmark's seven million readers of a day put 450,000 in each, and the flush's
 * eviction and the resizes held a stripe for milliseconds: JFR counted 330 request threads
 * blocked 10 ms or more on these locks in 15 s of the kept article page (issue 22).
 *
 * <p>Two different visitor ids share a fingerprint with a probability of about n²/2⁶⁵ (for a
 * million visitors within one window, 3 in 100 million): then the second is taken for the first.
 */
final class VisitorTimes {

    /** What {@link #swap} answers for a visitor not seen before. */
    static final long NEVER = Long.MIN_VALUE;

    private static final int STRIPES = 256;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    // A stripe's map is replaced by a smaller copy after a large eviction (HPPC maps never shrink),
    // so each stripe is guarded by its own lock object rather than by the map.
    private static final int SHRINK_ABOVE_SLOTS = 1 << 8;

    private final Object[] locks = new Object[STRIPES];
    private final LongLongHashMap[] stripes = new LongLongHashMap[STRIPES];

    VisitorTimes() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
            stripes[i] = new LongLongHashMap();
        }
    }

    /**
     * A 64-bit fingerprint of an id: a visitor cookie or an article id is a UUID, whose random
     * bits are folded into 64; any other text (a day, a test's name) is hashed with FNV-1a.
     */
    static long fingerprint(String id) {
        if (id.length() == 36) {
            try {
                UUID uuid = UUID.fromString(id);
                return mix(uuid.getMostSignificantBits() * GOLDEN + mix(uuid.getLeastSignificantBits()));
            } catch (IllegalArgumentException notAUuid) {
                // hashed below
            }
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The fingerprint of a visitor together with what it visited (an article, a day). */
    static long fingerprint(String visitor, String key) {
        return mix(fingerprint(visitor) * GOLDEN + fingerprint(key));
    }

    /** MurmurHash3's 64-bit finaliser: spreads ids that differ only in a few bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Records the visitor as seen {@code at}; answers when it was seen before, or {@link #NEVER}. */
    long swap(long visitor, long at) {
        int i = stripeOf(visitor);
        synchronized (locks[i]) {
            LongLongHashMap stripe = stripes[i];
            int slot = stripe.indexOf(visitor);
            if (stripe.indexExists(slot)) {
                return stripe.indexReplace(slot, at);
            }
            stripe.indexInsert(slot, visitor, at);
            return NEVER;
        }
    }

    /**
     * Records the visitor as seen {@code at} if it was never seen or last recorded at least
     * {@code window} milliseconds before; answers whether it did.
     */
    boolean claim(long visitor, long at, long window) {
        int i = stripeOf(visitor);
        synchronized (locks[i]) {
            LongLongHashMap stripe = stripes[i];
            int slot = stripe.indexOf(visitor);
            if (!stripe.indexExists(slot)) {
                stripe.indexInsert(slot, visitor, at);
                return true;
            }
            if (at - stripe.indexGet(slot) >= window) {
                stripe.indexReplace(slot, at);
                return true;
            }
            return false;
        }
    }

    /** How many visitors were seen after {@code since}. */
    long countAfter(long since) {
        long count = 0;
        for (int i = 0; i < STRIPES; i++) {
            synchronized (locks[i]) {
                for (LongCursor at : stripes[i].values()) {
                    if (at.value > since) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /**
     * Forgets the visitors last seen before {@code before}, so memory stays bounded; a stripe left
     * mostly empty is copied into a map of its new size, so a busy day's peak is not kept for good.
     */
    void forgetBefore(long before) {
        for (int i = 0; i < STRIPES; i++) {
            synchronized (locks[i]) {
                LongLongHashMap stripe = stripes[i];
                stripe.removeAll((visitor, at) -> at < before);
                if (stripe.keys.length > SHRINK_ABOVE_SLOTS && stripe.size() * 8L < stripe.keys.length) {
                    stripes[i] = new LongLongHashMap(stripe);
                }
            }
        }
    }

    int size() {
        int size = 0;
        for (int i = 0; i < STRIPES; i++) {
            synchronized (locks[i]) {
                size += stripes[i].size();
            }
        }
        return size;
    }

    /** The slots the maps hold, used or not: what they cost in memory (16 bytes a slot). */
    long slots() {
        long slots = 0;
        for (int i = 0; i < STRIPES; i++) {
            synchronized (locks[i]) {
                slots += stripes[i].keys.length;
            }
        }
        return slots;
    }

    private static int stripeOf(long visitor) {
        return (int) (visitor >>> 56);
    }
}
