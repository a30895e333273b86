package vn.doimoi.projects.councils.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.councils.SheetEntry;

/**
 * A score sheet as posted ({@code score[<criterion>]}, {@code recommends}, {@code comment}, and for
 * a paper sheet the member's {@code personId}), read as typed: the council validates it, once,
 * against its rule set (a missing or out-of-range mark is its call).
 */
public class SheetForm {

    private Map<String, @Nullable Integer> score = new LinkedHashMap<>();
    private @Nullable Boolean recommends;
    private @Nullable String comment;
    private @Nullable UUID personId;

    public Map<String, @Nullable Integer> getScore() {
        return score;
    }

    public void setScore(Map<String, @Nullable Integer> score) {
        this.score = score;
    }

    public @Nullable Boolean getRecommends() {
        return recommends;
    }

    public void setRecommends(@Nullable Boolean recommends) {
        this.recommends = recommends;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public void setComment(@Nullable String comment) {
        this.comment = comment;
    }

    public @Nullable UUID getPersonId() {
        return personId;
    }

    public void setPersonId(@Nullable UUID personId) {
        this.personId = personId;
    }

    SheetEntry entry() {
        Map<String, Integer> marks = new LinkedHashMap<>();
        score.forEach((criterion, mark) -> {
            if (mark != null) {
                marks.put(criterion, mark);
            }
        });
        return new SheetEntry(marks, recommends, comment);
    }
}
