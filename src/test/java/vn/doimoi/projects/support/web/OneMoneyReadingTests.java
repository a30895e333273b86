package vn.doimoi.projects.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.doimoi.shared.DomainException;

/**
 * Part 1's and part 2's forms read money the site's one way (ADR 0038): the same amounts, and the
 * same answer, 400 (INVALID), to text that is not money; part 2 answered 422 before.
 */
class OneMoneyReadingTests {

    @Test
    void bothFormsReadVietnameseAndPlainAmountsAlike() {
        for (String typed : new String[] {"1.850.000.000", "1 850 000 000 ₫", "1850000000"}) {
            assertThat(Forms.money(typed, "stateBudget")).isEqualTo(new BigDecimal("1850000000"));
            assertThat(Web.money(typed)).isEqualTo(new BigDecimal("1850000000"));
        }
        assertThat(Forms.money(" ", "stateBudget")).isNull();
        assertThat(Web.money("")).isNull();
    }

    @Test
    void textThatIsNotMoneyIsTheSendersErrorInBothForms() {
        assertThatThrownBy(() -> Forms.money("một tỷ", "stateBudget"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
        assertThatThrownBy(() -> Web.money("-5"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
    }
}
