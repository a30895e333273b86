package vn.doimoi.projects.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.rules.BundledRules;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.DomainException;

/**
 * The rule that turns the council's per-product grades into the task's classification, a rule
 * version of kind {@code acceptance-grading} (ADR 0051). The shipped values follow Circular
 * 11/2014/TT-BKHCN (Xuất sắc / Đạt / Không đạt); the grades under Law 93/2025/QH15 were not found,
 * so the 2025 version keeps them as the Department's working values, marked unverified on the rule
 * pages.
 *
 * <ul>
 *   <li>Xuất sắc: every product criterion (quantity, volume, quality) is Xuất sắc and the
 *       report is at least Đạt.
 *   <li>Đạt: every quality criterion is at least Đạt, at least {@code quantityVolumeShare}
 *       (3/4) of the quantity and volume criteria are at least Đạt, and the report is at least Đạt.
 *   <li>Không đạt: otherwise.
 * </ul>
 */
public record AcceptanceRule(String version, String source, BigDecimal quantityVolumeShare, boolean verified) {

    /** The values of a version, as the rule book stores them (kind {@code acceptance-grading}). */
    public record Body(BigDecimal quantityVolumeShare) {

        public Body {
            if (quantityVolumeShare.signum() <= 0 || quantityVolumeShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("quantityVolumeShare: " + quantityVolumeShare);
            }
        }
    }

    public static AcceptanceRule of(RuleVersion<Body> version) {
        return new AcceptanceRule(
                version.code(), version.basis().citation(), version.values().quantityVolumeShare(), version.verified());
    }

    /** Circular 11/2014/TT-BKHCN as read in the reference note; not checked against the 2025 texts. */
    public static AcceptanceRule circular11of2014() {
        return of(BundledRules.INSTANCE.version(ProjectRuleKinds.ACCEPTANCE_GRADING, "TT11-2014"));
    }

    /** The council's grades for one product against its specification. */
    public record ProductGrades(Grade quantity, Grade volume, Grade quality) {}

    public Grade classify(List<ProductGrades> products, Grade report) {
        if (products.isEmpty()) {
            throw DomainException.refused("acceptance.error.noProducts");
        }
        if (!report.atLeastPassed()) {
            return Grade.FAILED;
        }
        boolean allExcellent = products.stream()
                .allMatch(p -> p.quantity() == Grade.EXCELLENT
                        && p.volume() == Grade.EXCELLENT
                        && p.quality() == Grade.EXCELLENT);
        if (allExcellent) {
            return Grade.EXCELLENT;
        }
        boolean qualityHolds = products.stream().allMatch(p -> p.quality().atLeastPassed());
        long measured = products.size() * 2L;
        long passing = products.stream()
                .mapToLong(p ->
                        (p.quantity().atLeastPassed() ? 1 : 0) + (p.volume().atLeastPassed() ? 1 : 0))
                .sum();
        boolean enough =
                BigDecimal.valueOf(passing).compareTo(quantityVolumeShare.multiply(BigDecimal.valueOf(measured))) >= 0;
        return qualityHolds && enough ? Grade.PASSED : Grade.FAILED;
    }
}
