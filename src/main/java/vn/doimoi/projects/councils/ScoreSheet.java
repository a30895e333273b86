package vn.doimoi.projects.councils;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.Tally;

/**
 * A member's score sheet (phiếu đánh giá) for one item (a dossier, or a proposal), entered online
 * by the member or typed by STAFF from the signed paper.
 */
@Embeddable
class ScoreSheet {

    private UUID personId;

    @Column(name = "dossier_id")
    private UUID itemId;

    private String scores;
    private BigDecimal total;
    private @Nullable Boolean recommends;
    private @Nullable String comment;
    private Instant submittedAt;
    private boolean onPaper;

    protected ScoreSheet() {}

    ScoreSheet(UUID personId, UUID itemId, SheetEntry entry, boolean onPaper, Instant now) {
        this.personId = personId;
        this.itemId = itemId;
        this.recommends = entry.recommends();
        StringBuilder text = new StringBuilder();
        int sum = 0;
        for (Map.Entry<String, Integer> e : entry.scores().entrySet()) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(e.getKey()).append(':').append(e.getValue());
            sum += e.getValue();
        }
        this.scores = text.toString();
        this.total = BigDecimal.valueOf(sum);
        this.comment = entry.comment() == null || entry.comment().isBlank()
                ? null
                : entry.comment().strip();
        this.onPaper = onPaper;
        this.submittedAt = now;
    }

    Map<String, Integer> scores() {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (scores.isBlank()) {
            return map;
        }
        for (String pair : scores.split(";")) {
            String[] kv = pair.split(":");
            map.put(kv[0], Integer.valueOf(kv[1]));
        }
        return map;
    }

    Tally.Sheet toSheet() {
        return new Tally.Sheet(personId, itemId, scores());
    }

    /** The member's vote to recommend the item (councils whose rules vote only). */
    @Nullable
    Boolean recommends() {
        return recommends;
    }

    UUID personId() {
        return personId;
    }

    UUID itemId() {
        return itemId;
    }

    BigDecimal total() {
        return total;
    }

    @Nullable
    String comment() {
        return comment;
    }

    boolean onPaper() {
        return onPaper;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
