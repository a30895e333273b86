package vn.doimoi.projects.rules;

import java.math.BigDecimal;
import java.util.List;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.shared.DomainException;

/**
 * The configured rule that turns the council's per-product grades into the task's
 * classification. Default values follow Circular 11/2014/TT-BKHCN (Xuất sắc / Đạt / Không đạt);
 * its successor under Law 93/2025/QH15 (Circular 36/2025/TT-BKHCN) has not been checked, so the
 * rule says {@code verified = false} and every page that shows a classification says so.
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

    /** Circular 11/2014/TT-BKHCN as read in the reference note; not checked against the 2025 texts. */
    public static AcceptanceRule circular11of2014() {
        return new AcceptanceRule(
                "TT11-2014", "Thông tư 11/2014/TT-BKHCN (Điều 12, 13)", new BigDecimal("0.75"), false);
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
