package vn.doimoi.rules.book;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.doimoi.rules.LegalBasis;

/**
 * A rule version as shipped under {@code classpath:rules/<kind>/*.json} and as stored: the envelope
 * (code, title, dates, basis, sources, unverified paths) around the values.
 */
public record RuleFile(
        String code,
        String title,
        LocalDate validFrom,
        @Nullable LocalDate validUntil,
        LegalBasis basis,
        JsonNode values,
        @Nullable Map<String, String> sources,
        @Nullable List<String> unverified) {

    public Map<String, String> sourcesOrEmpty() {
        return sources == null ? Map.of() : sources;
    }

    public List<String> unverifiedOrEmpty() {
        return unverified == null ? List.of() : unverified;
    }
}
