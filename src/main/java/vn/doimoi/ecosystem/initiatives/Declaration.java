package vn.doimoi.ecosystem.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an author declares (đơn yêu cầu công nhận sáng kiến): the title, field, what it is, where
 * and since when it is applied, the benefit (economic in đồng, social as text), the author's own
 * share and the co-authors with theirs. Checked by {@link Initiative}: shares add up to 100%.
 */
public record Declaration(
        String title,
        String field,
        String description,
        String scope,
        @Nullable LocalDate appliedSince,
        @Nullable BigDecimal economicBenefit,
        String socialBenefit,
        int authorShare,
        List<CoAuthor> coAuthors) {

    public Declaration {
        coAuthors = List.copyOf(coAuthors);
    }
}
