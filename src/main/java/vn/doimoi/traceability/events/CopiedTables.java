package vn.doimoi.traceability.events;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doimoi.shared.kept.DataGenerations;

/**
 * Tells the kept public pages (ADR 0074) that a {@code COPY} changed tables: it runs on the driver's
 * copy API, past the statements the data source watches, so its tables are reported here, once the
 * transaction has committed (at once without one), as the watch does for an INSERT.
 */
@Component
class CopiedTables {

    private final DataGenerations generations;

    CopiedTables(DataGenerations generations) {
        this.generations = generations;
    }

    void changed(List<String> tables) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    generations.changed(tables);
                }
            });
        } else {
            generations.changed(tables);
        }
    }
}
