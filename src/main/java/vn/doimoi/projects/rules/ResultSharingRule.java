package vn.doimoi.projects.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How the profit of commercialising a registered result is shared (kind {@code result-sharing}): the
 * least share of the base (after-tax profit on the state-funded share) paid to the authors and, when
 * there are any, to the intermediaries, and whether the shares paid are published.
 *
 * @param grantedTitleTasksFrom a version may also reach back to tasks assigned (approved) from this day
 *     whose result was granted a protection title — patent, industrial design, layout design (Law
 *     93/2025 art. 73 cl. 7); empty when it does not
 */
public record ResultSharingRule(
        BigDecimal authorsMinShare,
        BigDecimal intermediariesMinShare,
        boolean sharesPublic,
        @Nullable LocalDate grantedTitleTasksFrom) {

    public ResultSharingRule(BigDecimal authorsMinShare, BigDecimal intermediariesMinShare, boolean sharesPublic) {
        this(authorsMinShare, intermediariesMinShare, sharesPublic, null);
    }

    /** Whether this version also governs a task approved on a day whose result holds a granted title. */
    public boolean reachesBackTo(LocalDate approvedOn) {
        return grantedTitleTasksFrom != null && !approvedOn.isBefore(grantedTitleTasksFrom);
    }

    public ResultSharingRule {
        if (!fraction(authorsMinShare) || !fraction(intermediariesMinShare)) {
            throw new IllegalArgumentException("A share is a fraction between 0 and 1");
        }
        if (authorsMinShare.add(intermediariesMinShare).compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The least shares cannot exceed the whole profit");
        }
    }

    private static boolean fraction(BigDecimal share) {
        return share != null && share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0;
    }
}
