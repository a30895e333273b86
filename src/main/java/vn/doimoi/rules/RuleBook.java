package vn.doimoi.rules;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.rules.book.RuleJson;
import vn.doimoi.rules.book.RuleStore;
import vn.doimoi.shared.DomainException;

/**
 * The rule versions in force, kept in the database: the shipped ones (added once at start-up, on
 * every node alike) and those the Department has published since. Reads are one query each; a rule is
 * looked up when a decision is taken, not on every page.
 */
@Service
public class RuleBook implements RuleVersions, SmartInitializingSingleton {

    /** Who adds the shipped versions, in the {@code created_by} column. */
    static final String SHIPPED_BY = "doimoi";

    private final RuleStore store;
    private final List<RuleKind<?>> kinds;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RuleBook(RuleStore store, List<RuleKind<?>> kinds, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.kinds = kinds.stream().sorted(Comparator.comparing(RuleKind::code)).toList();
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> {
            for (RuleKind<?> kind : kinds) {
                for (var file : RuleJson.bundled(kind.code())) {
                    RuleJson.version(kind, file);
                    store.insert(kind.code(), file, true, null, true, SHIPPED_BY, clock.instant());
                }
            }
        });
    }

    @Override
    public <T> List<RuleVersion<T>> published(RuleKind<T> kind) {
        return store.published(kind.code()).stream()
                .map(row -> row.version(kind))
                .toList();
    }

    /** The kinds of rule the application applies, by code. */
    public List<RuleKind<?>> kinds() {
        return kinds;
    }

    public Optional<RuleKind<?>> kind(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    public RuleKind<?> requireKind(String code) {
        return kind(code).orElseThrow(() -> DomainException.notFound("rules.error.unknownKind", code));
    }
}
