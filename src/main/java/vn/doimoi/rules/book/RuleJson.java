package vn.doimoi.rules.book;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.rules.RuleKind;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;

/** Reads rule files and turns stored values into the kind's record, which checks them. */
public final class RuleJson {

    /** Unknown names are refused: a misspelt value in a rule file must not pass for a default. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RuleJson() {}

    /** The versions shipped for a kind, read from {@code classpath:rules/<kind>/*.json}. */
    public static List<RuleFile> bundled(String kind) {
        List<RuleFile> files = new ArrayList<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:rules/" + kind + "/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    files.add(JSON.readValue(in, RuleFile.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The values read into the kind's record; a value the record refuses is an invalid rule. */
    public static <T> T values(RuleKind<T> kind, JsonNode values) {
        try {
            return JSON.treeToValue(values, kind.type());
        } catch (JacksonException | IllegalArgumentException e) {
            throw DomainException.invalid("rules.error.values", rootMessage(e));
        }
    }

    public static <T> RuleVersion<T> version(RuleKind<T> kind, RuleFile file) {
        return new RuleVersion<>(
                kind.code(),
                file.code(),
                file.title(),
                file.validFrom(),
                file.validUntil(),
                file.basis(),
                values(kind, file.values()),
                file.sourcesOrEmpty(),
                new HashSet<>(file.unverifiedOrEmpty()));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    public static String text(Object value) {
        return JSON.writeValueAsString(value);
    }
}
