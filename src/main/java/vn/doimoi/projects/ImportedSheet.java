package vn.doimoi.projects;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A council member's signed paper sheet on one item (a dossier, a proposal): the marks by the
 * criterion codes of the council's rules, the vote to recommend where the rules ask for one, and
 * the comment.
 */
public record ImportedSheet(
        UUID personId,
        UUID itemId,
        Map<String, Integer> marks,
        @Nullable Boolean recommend,
        String comment) {

    public ImportedSheet {
        marks = Map.copyOf(marks);
    }
}
