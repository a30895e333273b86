package vn.doimoi.projects.results.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.results.ResultUses;
import vn.doimoi.shared.Money;

/** A use of a registered result as its host or an adopter reports it; money read by the site's formatter. */
public record UseForm(
        @Nullable String adopterName,
        @Nullable String place,
        @Nullable Integer year,
        @Nullable String scale,
        @Nullable String effect,
        @Nullable Money revenue,
        @Nullable Money savings) {

    public static UseForm in(int year) {
        return new UseForm(null, null, year, null, null, null, null);
    }

    static boolean given(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    ResultUses.UseInput input(int thisYear) {
        return new ResultUses.UseInput(
                null,
                adopterName == null ? "" : adopterName.strip(),
                place == null ? "" : place.strip(),
                year == null ? thisYear : year,
                scale == null ? "" : scale.strip(),
                effect == null ? "" : effect.strip(),
                amount(revenue),
                amount(savings));
    }

    private static @Nullable BigDecimal amount(@Nullable Money money) {
        return money == null ? null : money.amount();
    }
}
