package vn.doimoi.directory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxCodeTests {

    @Test
    void acceptsRealEnterpriseCodesWithTheirCheckDigit() {
        assertThat(TaxCode.isValid("0300588569")).isTrue(); // Vinamilk
        assertThat(TaxCode.isValid("0100109106")).isTrue(); // Viettel
        assertThat(TaxCode.isValid("0100109106-001")).isTrue(); // a branch
    }

    @Test
    void rejectsAWrongCheckDigitOrFormat() {
        assertThat(TaxCode.isValid("0300588568")).isFalse();
        assertThat(TaxCode.isValid("030058856")).isFalse();
        assertThat(TaxCode.isValid("03005885x9")).isFalse();
        assertThat(TaxCode.isValid("0100109106-01")).isFalse();
    }

    @Test
    void normalisesSpacesAndTheBranchDash() {
        assertThat(TaxCode.normalise(" 0100 109 106 ")).isEqualTo("0100109106");
        assertThat(TaxCode.normalise("0100109106001")).isEqualTo("0100109106-001");
        assertThat(TaxCode.normalise("  ")).isNull();
    }
}
