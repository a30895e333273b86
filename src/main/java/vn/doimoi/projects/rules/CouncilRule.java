package vn.doimoi.projects.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.rules.BundledRules;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;

/**
 * The acceptance council's rule, a rule version of kind {@code acceptance-council} (ADR 0051) beside
 * the selection and identification rule sets: its composition, the quorum of score sheets
 * and how the members' sheets (Form 7 of Circular 11/2014/TT-BKHCN: each product's quantity,
 * volume and quality, and the report, graded Xuất sắc / Đạt / Không đạt) become the council's
 * classification. Values as read in the reference note from the national circular (art. 13, 17
 * there; a provincial council may be smaller); the 2025 texts (Law 93/2025, Circular 36/2025) were
 * not checked, so {@code verified = false}; only the pages that manage rules may say so, never
 * an official page or the minutes.
 *
 * <ul>
 *   <li>Each member's sheet is classified by the {@link AcceptanceRule} (the same per-product rule
 *       STAFF applies when it records the council's grades directly).
 *   <li>Xuất sắc: at least {@code share} (3/4) of the sheets say Xuất sắc and none says Không đạt.
 *   <li>Đạt: otherwise, at least {@code share} of the sheets say Đạt or better.
 *   <li>Không đạt: otherwise.
 * </ul>
 */
public record CouncilRule(
        String version,
        String source,
        boolean verified,
        int minMembers,
        int maxMembers,
        int minReviewers,
        int quorumNumerator,
        int quorumDenominator,
        BigDecimal share) {

    /** The version of the tasks approved before Law 93/2025 came into force (1/10/2025). */
    public static final String CIRCULAR_11_2014 = "TT11-2014-HĐ";

    /** The values of a version, as the rule book stores them (kind {@code acceptance-council}). */
    public record Body(
            int minMembers,
            int maxMembers,
            int minReviewers,
            int quorumNumerator,
            int quorumDenominator,
            BigDecimal share) {

        public Body {
            if (minMembers < 1 || maxMembers < minMembers || minReviewers < 0 || minReviewers > maxMembers) {
                throw new IllegalArgumentException("members: " + minMembers + ".." + maxMembers);
            }
            if (quorumNumerator < 1 || quorumDenominator < quorumNumerator) {
                throw new IllegalArgumentException("quorum: " + quorumNumerator + "/" + quorumDenominator);
            }
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("share: " + share);
            }
        }
    }

    public static CouncilRule of(RuleVersion<Body> version) {
        Body body = version.values();
        return new CouncilRule(
                version.code(),
                version.basis().citation(),
                version.verified(),
                body.minMembers(),
                body.maxMembers(),
                body.minReviewers(),
                body.quorumNumerator(),
                body.quorumDenominator(),
                body.share());
    }

    /** Circular 11/2014's values, as shipped ({@code classpath:rules/acceptance-council/}). */
    public static CouncilRule circular11of2014() {
        return of(BundledRules.INSTANCE.version(ProjectRuleKinds.ACCEPTANCE_COUNCIL, CIRCULAR_11_2014));
    }

    /** One chair, at least {@code minReviewers} reviewers, at most one secretary, 5 to 9 seats. */
    public void checkComposition(Map<?, CouncilRole> seats) {
        List<CouncilRole> roles = List.copyOf(seats.values());
        long chairs = roles.stream().filter(r -> r == CouncilRole.CHAIR).count();
        long reviewers = roles.stream().filter(r -> r == CouncilRole.REVIEWER).count();
        long secretaries =
                roles.stream().filter(r -> r == CouncilRole.SECRETARY).count();
        if (roles.size() < minMembers || roles.size() > maxMembers) {
            throw DomainException.refused("acceptance.council.error.size", minMembers, maxMembers);
        }
        if (chairs != 1 || reviewers < minReviewers || secretaries > 1) {
            throw DomainException.refused("acceptance.council.error.roles", minReviewers);
        }
    }

    /** Enough sheets to conclude: at least {@code quorumNumerator / quorumDenominator} (2/3) of the seats. */
    public boolean quorate(int sheets, int seats) {
        return seats > 0 && (long) sheets * quorumDenominator >= (long) seats * quorumNumerator;
    }

    /** The council's classification from the classification of each member's sheet. */
    public Grade classify(List<Grade> sheets) {
        if (sheets.isEmpty()) {
            throw DomainException.refused("acceptance.council.error.noSheets");
        }
        BigDecimal needed = share.multiply(BigDecimal.valueOf(sheets.size()));
        long excellent = sheets.stream().filter(g -> g == Grade.EXCELLENT).count();
        long passing = sheets.stream().filter(Grade::atLeastPassed).count();
        boolean anyFailed = passing < sheets.size();
        if (!anyFailed && BigDecimal.valueOf(excellent).compareTo(needed) >= 0) {
            return Grade.EXCELLENT;
        }
        if (BigDecimal.valueOf(passing).compareTo(needed) >= 0) {
            return Grade.PASSED;
        }
        return Grade.FAILED;
    }
}
