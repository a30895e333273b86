package vn.doimoi.projects.rules;

import java.math.BigDecimal;

/**
 * How the profit of commercialising a registered result is shared (kind {@code result-sharing}): the
 * least share of the base (after-tax profit on the state-funded share) paid to the authors and, when
 * there are any, to the intermediaries, and whether the shares paid are published.
 */
public record ResultSharingRule(BigDecimal authorsMinShare, BigDecimal intermediariesMinShare, boolean sharesPublic) {

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
