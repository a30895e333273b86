package vn.doimoi.projects.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.shared.DomainException;

/**
 * The rule-set versions, read once from {@code classpath:projects/rules/*.json} (selection),
 * {@code identification/*.json} and {@code acceptance/*.json}.
 */
@Component
public class RuleSets {

    private final Map<String, RuleSet> byId = new LinkedHashMap<>();
    private final Map<String, RuleSet> identification = new LinkedHashMap<>();
    private final Map<String, CouncilRule> acceptance = new LinkedHashMap<>();

    /** The rules shipped with the application, for code that runs outside Spring (rule records, tests). */
    private static final class Bundled {
        static final RuleSets INSTANCE = new RuleSets();
    }

    public RuleSets() {
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath:projects/rules/*.json");
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    RuleSet rules = json.readValue(in, RuleSet.class);
                    byId.put(rules.id(), rules);
                }
            }
            Resource[] identificationFiles = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:projects/rules/identification/*.json");
            for (Resource file : identificationFiles) {
                try (InputStream in = file.getInputStream()) {
                    RuleSet rules = json.readValue(in, RuleSet.class);
                    identification.put(rules.id(), rules);
                }
            }
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath:projects/rules/acceptance/*.json")) {
                try (InputStream in = file.getInputStream()) {
                    CouncilRule rule = json.readValue(in, CouncilRule.class);
                    acceptance.put(rule.version(), rule);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuleSet get(String id) {
        RuleSet rules = byId.containsKey(id) ? byId.get(id) : identification.get(id);
        if (rules == null) {
            throw DomainException.invalid("call.error.unknownRuleSet", id);
        }
        return rules;
    }

    static RuleSets bundled() {
        return Bundled.INSTANCE;
    }

    /** An acceptance council's rule by the version it was formed under. */
    public CouncilRule acceptanceCouncil(String version) {
        CouncilRule rule = acceptance.get(version);
        if (rule == null) {
            throw DomainException.invalid("call.error.unknownRuleSet", version);
        }
        return rule;
    }

    public List<RuleSet> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing(RuleSet::validFrom).reversed())
                .toList();
    }

    /** The identification council's rules in force on a day (the latest that started on or before it). */
    public RuleSet identificationInForce(LocalDate day) {
        List<RuleSet> versions = identification.values().stream()
                .sorted(Comparator.comparing(RuleSet::validFrom).reversed())
                .toList();
        return versions.stream()
                .filter(r -> !r.validFrom().isAfter(day))
                .findFirst()
                .orElseGet(() -> versions.get(versions.size() - 1));
    }

    /** The selection rules' version in force on a day: the latest that started on or before it. */
    public RuleSet inForce(LocalDate day) {
        return all().stream()
                .filter(r -> !r.validFrom().isAfter(day))
                .findFirst()
                .orElseGet(() -> all().get(all().size() - 1));
    }
}
