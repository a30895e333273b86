package vn.doimoi.projects.councils.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.councils.SheetEntry;
import vn.doimoi.shared.DomainException;

/**
 * A score sheet as posted ("score-{criterion}", "recommends", "comment"), read as typed: the
 * council validates it, once, against its rule set (a missing or out-of-range mark is its call).
 */
public final class SheetForm {

    private SheetForm() {}

    public static SheetEntry entry(Map<String, String> params) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("score-") && value != null && !value.isBlank()) {
                scores.put(key.substring(6), number(value));
            }
        });
        return new SheetEntry(scores, vote(params.get("recommends")), params.get("comment"));
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("task.error.number");
        }
    }

    private static @Nullable Boolean vote(@Nullable String text) {
        return text == null || text.isBlank() ? null : Boolean.valueOf(text.strip());
    }
}
