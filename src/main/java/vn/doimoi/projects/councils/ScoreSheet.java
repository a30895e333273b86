package vn.doimoi.projects.councils;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.Tally;

/** A member's score sheet (phiếu đánh giá) for one dossier. */
@Embeddable
public class ScoreSheet {

    private UUID personId;
    private UUID dossierId;
    private String scores;
    private BigDecimal total;
    private @Nullable Boolean recommends;
    private @Nullable String comment;
    private Instant submittedAt;

    protected ScoreSheet() {}

    ScoreSheet(
            UUID personId,
            UUID dossierId,
            Map<String, Integer> scores,
            @Nullable Boolean recommends,
            @Nullable String comment,
            Instant now) {
        this.recommends = recommends;
        this.personId = personId;
        this.dossierId = dossierId;
        StringBuilder text = new StringBuilder();
        int sum = 0;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(e.getKey()).append(':').append(e.getValue());
            sum += e.getValue();
        }
        this.scores = text.toString();
        this.total = BigDecimal.valueOf(sum);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.submittedAt = now;
    }

    public Map<String, Integer> scores() {
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
        return new Tally.Sheet(personId, dossierId, scores());
    }

    /** The member's vote to recommend the proposal (identification councils only). */
    @Nullable
    public Boolean recommends() {
        return recommends;
    }

    public UUID personId() {
        return personId;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public BigDecimal total() {
        return total;
    }

    @Nullable
    public String comment() {
        return comment;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
