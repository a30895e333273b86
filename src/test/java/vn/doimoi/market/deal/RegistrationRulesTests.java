package vn.doimoi.market.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.doimoi.market.TransferDirection;

/** Technology Transfer Law 07/2017/QH14 art. 31: who must register, and by when. */
class RegistrationRulesTests {

    final RegistrationRules rules = RegistrationRules.LAW_2017_ART_31;
    final LocalDate signed = LocalDate.of(2026, 11, 28);

    @Test
    void fromAbroadIntoVietnamIsMandatory() {
        var decision = rules.decide(TransferDirection.FOREIGN_TO_VIETNAM, false, false, signed);

        assertThat(decision.required()).isTrue();
        assertThat(decision.basis()).endsWith("khoản 1 điểm a");
    }

    @Test
    void fromVietnamAbroadIsMandatory() {
        var decision = rules.decide(TransferDirection.VIETNAM_TO_FOREIGN, false, false, signed);

        assertThat(decision.required()).isTrue();
        assertThat(decision.basis()).endsWith("khoản 1 điểm b");
    }

    @Test
    void domesticWithStateCapitalIsMandatory() {
        var decision = rules.decide(TransferDirection.DOMESTIC, true, false, signed);

        assertThat(decision.required()).isTrue();
        assertThat(decision.basis()).endsWith("khoản 1 điểm c");
    }

    @Test
    void domesticWithStateCapitalForAnAlreadyRegisteredTaskResultIsNot() {
        var decision = rules.decide(TransferDirection.DOMESTIC, true, true, signed);

        assertThat(decision.required()).isFalse();
        assertThat(decision.reasonKey()).isEqualTo("market.registration.reason.taskResultRegistered");
    }

    @Test
    void domesticPrivateTransferIsVoluntary() {
        var decision = rules.decide(TransferDirection.DOMESTIC, false, false, signed);

        assertThat(decision.required()).isFalse();
        assertThat(decision.basis()).endsWith("khoản 2");
    }

    @Test
    void theDeadlineIsNinetyDaysFromSigning() {
        var decision = rules.decide(TransferDirection.FOREIGN_TO_VIETNAM, false, false, signed);

        assertThat(decision.deadline()).isEqualTo(LocalDate.of(2027, 2, 26));
    }
}
