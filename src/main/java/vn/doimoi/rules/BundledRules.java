package vn.doimoi.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.doimoi.rules.book.RuleJson;

/**
 * The versions shipped with the application ({@code classpath:rules/<kind>/*.json}), for code that
 * runs outside Spring (unit tests of a rule, records that name their default). In the running
 * application {@link RuleBook} holds these and the ones the Department has published since.
 */
public final class BundledRules implements RuleVersions {

    public static final BundledRules INSTANCE = new BundledRules();

    private final Map<String, List<? extends RuleVersion<?>>> byKind = new ConcurrentHashMap<>();

    private BundledRules() {}

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<RuleVersion<T>> published(RuleKind<T> kind) {
        return (List<RuleVersion<T>>) byKind.computeIfAbsent(
                kind.code(),
                code -> RuleJson.bundled(code).stream()
                        .map(file -> RuleJson.version(kind, file))
                        .sorted(Comparator.comparing((RuleVersion<T> v) -> v.validFrom())
                                .reversed())
                        .toList());
    }
}
