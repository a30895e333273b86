package vn.doimoi.shared.kept;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The generations of one node, in memory: a restart keeps no page, so starting from 0 is safe. The
 * default ({@code doimoi.kept.generations=memory}); several nodes share theirs through
 * {@link SharedDataGenerations}.
 */
@Component
@ConditionalOnProperty(name = "doimoi.kept.generations", havingValue = "memory", matchIfMissing = true)
class InMemoryDataGenerations implements DataGenerations {

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    @Override
    public long current(String table) {
        AtomicLong generation = generations.get(table);
        return generation == null ? 0 : generation.get();
    }

    @Override
    public void changed(Collection<String> tables) {
        for (String table : tables) {
            generations.computeIfAbsent(table, name -> new AtomicLong()).incrementAndGet();
        }
    }
}
