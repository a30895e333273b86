package vn.doimoi.traceability.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.doimoi.shared.DomainException;

class GtinTests {

    @Test
    void aVietnameseGtin13IsPaddedTo14DigitsAndKeepsItsPrefix() {
        Gtin gtin = Gtin.parse(" 8936045123454 ");

        assertThat(gtin.value()).isEqualTo("08936045123454");
        assertThat(gtin.gtin13()).isEqualTo("8936045123454");
        assertThat(gtin.companyPrefixStartsWith(Gtin.VIETNAM_PREFIX)).isTrue();
        assertThat(gtin.companyPrefixStartsWith("8936045")).isTrue();
        assertThat(gtin.companyPrefixStartsWith("894")).isFalse();
    }

    @Test
    void gtin8And12And14AreAcceptedWithTheirCheckDigit() {
        assertThat(Gtin.parse("02345673").value()).isEqualTo("00000002345673");
        assertThat(Gtin.parse("416000336108").value()).isEqualTo("00416000336108");
        assertThat(Gtin.parse("18936045123451").companyPrefixStartsWith("893")).isTrue();
    }

    @Test
    void aWrongCheckDigitIsRefusedInVietnameseAsInvalidInput() {
        assertThatThrownBy(() -> Gtin.parse("8936045123455"))
                .isInstanceOf(InvalidGs1DataException.class)
                .hasMessage("Số kiểm tra của GTIN không đúng: 08936045123455")
                .satisfies(e -> {
                    InvalidGs1DataException refusal = (InvalidGs1DataException) e;
                    assertThat(refusal.reason()).isEqualTo("bad-check-digit");
                    assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(refusal.messageKey()).isEqualTo("traceability.gs1.invalid");
                });
    }

    @Test
    void lengthsOtherThan8And12And13And14AndLettersAreRefused() {
        assertThatThrownBy(() -> Gtin.parse("89360451234")).hasMessageContaining("8, 12, 13 hoặc 14 chữ số");
        assertThatThrownBy(() -> Gtin.parse("893604512345")).hasMessageContaining("Số kiểm tra");
        assertThatThrownBy(() -> Gtin.parse("893604512345A")).isInstanceOf(InvalidGs1DataException.class);
        assertThatThrownBy(() -> Gtin.parse("")).isInstanceOf(InvalidGs1DataException.class);
    }

    @Test
    void aGlnHas13DigitsAndACheckDigit() {
        Gln farm = Gln.parse("8936045000014");

        assertThat(farm.companyPrefixStartsWith("893")).isTrue();
        assertThatThrownBy(() -> Gln.parse("8936045000015"))
                .hasMessage("Số kiểm tra của GLN không đúng: 8936045000015");
        assertThatThrownBy(() -> Gln.parse("08936045000014")).isInstanceOf(InvalidGs1DataException.class);
    }

    @Test
    void checkDigitsOfEveryKeyLengthFollowTheMod10Rule() {
        assertThat(CheckDigit.mod10("893604512345")).isEqualTo(4);
        assertThat(CheckDigit.isValid("8936045123454")).isTrue();
        assertThat(CheckDigit.isValid("123456789012345675")).isTrue();
        assertThat(CheckDigit.isValid("7")).isFalse();
        assertThat(CheckDigit.lint("89360451234x4").orElseThrow().error())
                .isEqualTo(CheckDigit.Error.NON_DIGIT_CHARACTER);
    }
}
