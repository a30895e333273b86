package vn.doimoi.portal.article;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number that moves whenever an article or category changes (after the change commits), so
 * that what readers are served from memory (rendered article pages) is dropped when stale. One
 * node only: several nodes would each keep their own caches and would need a shared signal.
 */
@Component
public class ArticleGeneration {

    private final AtomicLong generation = new AtomicLong();

    public long current() {
        return generation.get();
    }

    /** Moves the generation once the current transaction has committed (at once without one). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
        generation.incrementAndGet();
    }
}
