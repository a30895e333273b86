package vn.doimoi.projects.councils;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A kept score sheet; {@code onPaper} when STAFF typed it from the signed paper. */
public record SheetView(
        String memberName,
        UUID itemId,
        Map<String, Integer> scores,
        BigDecimal total,
        @Nullable Boolean recommends,
        @Nullable String comment,
        boolean onPaper) {}
