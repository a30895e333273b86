package vn.doimoi.projects.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.doimoi.projects.acceptance.Grade.EXCELLENT;
import static vn.doimoi.projects.acceptance.Grade.FAILED;
import static vn.doimoi.projects.acceptance.Grade.PASSED;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doimoi.projects.rules.AcceptanceRule;
import vn.doimoi.projects.rules.AcceptanceRule.ProductGrades;
import vn.doimoi.shared.DomainException;

class AcceptanceRuleTests {

    private final AcceptanceRule rule = AcceptanceRule.circular11of2014();

    @Test
    void theDefaultRuleCitesCircular11Of2014AndIsFlaggedUnverified() {
        assertThat(rule.source()).contains("11/2014/TT-BKHCN");
        assertThat(rule.verified()).isFalse();
        assertThat(rule.quantityVolumeShare()).isEqualByComparingTo("0.75");
    }

    @Test
    void everyProductCriterionExcellentAndReportPassedIsExcellent() {
        List<ProductGrades> products = List.of(
                new ProductGrades(EXCELLENT, EXCELLENT, EXCELLENT), new ProductGrades(EXCELLENT, EXCELLENT, EXCELLENT));

        assertThat(rule.classify(products, PASSED)).isEqualTo(EXCELLENT);
        assertThat(rule.classify(products, EXCELLENT)).isEqualTo(EXCELLENT);
    }

    @Test
    void oneCriterionOnlyPassedMakesItPassedNotExcellent() {
        List<ProductGrades> products = List.of(
                new ProductGrades(EXCELLENT, EXCELLENT, EXCELLENT), new ProductGrades(EXCELLENT, PASSED, EXCELLENT));

        assertThat(rule.classify(products, PASSED)).isEqualTo(PASSED);
    }

    @Test
    void aFailedReportFailsEvenWithExcellentProducts() {
        List<ProductGrades> products = List.of(new ProductGrades(EXCELLENT, EXCELLENT, EXCELLENT));

        assertThat(rule.classify(products, FAILED)).isEqualTo(FAILED);
    }

    @Test
    void anyQualityCriterionFailedFails() {
        List<ProductGrades> products =
                List.of(new ProductGrades(PASSED, PASSED, PASSED), new ProductGrades(PASSED, PASSED, FAILED));

        assertThat(rule.classify(products, PASSED)).isEqualTo(FAILED);
    }

    @Test
    void threeQuartersOfQuantityAndVolumeCriteriaPassedIsEnough() {
        // 2 products = 4 quantity/volume criteria; 3 of 4 pass = exactly 3/4
        List<ProductGrades> products =
                List.of(new ProductGrades(PASSED, PASSED, PASSED), new ProductGrades(PASSED, FAILED, PASSED));

        assertThat(rule.classify(products, PASSED)).isEqualTo(PASSED);
    }

    @Test
    void lessThanThreeQuartersOfQuantityAndVolumeCriteriaPassedFails() {
        // 2 of 4 pass
        List<ProductGrades> products =
                List.of(new ProductGrades(PASSED, PASSED, PASSED), new ProductGrades(FAILED, FAILED, PASSED));

        assertThat(rule.classify(products, PASSED)).isEqualTo(FAILED);
    }

    @Test
    void aStricterConfiguredShareChangesTheOutcome() {
        AcceptanceRule strict = new AcceptanceRule("TEST", "test", BigDecimal.ONE, true);
        List<ProductGrades> products =
                List.of(new ProductGrades(PASSED, PASSED, PASSED), new ProductGrades(PASSED, FAILED, PASSED));

        assertThat(strict.classify(products, PASSED)).isEqualTo(FAILED);
    }

    @Test
    void noProductsCannotBeClassified() {
        assertThatThrownBy(() -> rule.classify(List.of(), PASSED))
                .isInstanceOf(DomainException.class)
                .hasMessage("acceptance.error.noProducts");
    }
}
