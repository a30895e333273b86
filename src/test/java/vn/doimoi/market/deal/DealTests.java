package vn.doimoi.market.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.market.DealStage;
import vn.doimoi.market.DeclineReason;
import vn.doimoi.market.TransferDirection;

class DealTests {

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    static final DealTimers TIMERS = DealTimers.DEFAULT;
    final UUID owner = UUID.randomUUID();
    final UUID interested = UUID.randomUUID();

    Deal interest() {
        return new Deal(UUID.randomUUID(), null, owner, interested, null, "Chúng tôi quan tâm", TIMERS, NOW);
    }

    @Test
    void anExpressionOfInterestWaitsForTheOwnerAndHidesIt() {
        Deal deal = interest();

        assertThat(deal.stage()).isEqualTo(DealStage.INTEREST);
        assertThat(deal.owes()).isEqualTo(Deal.Owes.OWNER);
        assertThat(deal.dueAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(deal.ownerDisclosed()).isFalse();
    }

    @Test
    void anOrganisationCannotBeInterestedInItsOwnListing() {
        assertThatThrownBy(() -> new Deal(UUID.randomUUID(), null, owner, owner, null, "x", TIMERS, NOW))
                .hasMessage("market.error.ownInterest");
    }

    @Test
    void walksFromInterestToRegistration() {
        Deal deal = interest();

        deal.accept(TIMERS, NOW);
        assertThat(deal.ownerDisclosed()).isTrue();
        assertThat(deal.owes()).isEqualTo(Deal.Owes.BROKER);

        deal.assignBroker(UUID.randomUUID(), NOW);
        deal.introduced(TIMERS, NOW);
        assertThat(deal.stage()).isEqualTo(DealStage.NEGOTIATION);
        assertThat(deal.owes()).isEqualTo(Deal.Owes.BOTH);

        LocalDate signed = LocalDate.of(2026, 11, 20);
        deal.sign(
                signed,
                BigDecimal.valueOf(850_000_000),
                TransferDirection.DOMESTIC,
                true,
                false,
                RegistrationRules.LAW_2017_ART_31,
                LocalDate.of(2026, 11, 28),
                NOW);
        assertThat(deal.stage()).isEqualTo(DealStage.SIGNED);
        assertThat(deal.registrationRequired()).isTrue();
        assertThat(deal.registrationDeadline()).isEqualTo(LocalDate.of(2027, 2, 18));
        // the registration deadline is the timer, at the start of that day in Vietnam
        assertThat(deal.dueAt()).isEqualTo(Instant.parse("2027-02-17T17:00:00Z"));

        deal.registered("123/2027/GCN-SKHCN", LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 28), NOW);
        assertThat(deal.stage()).isEqualTo(DealStage.REGISTERED);
        assertThat(deal.dueAt()).isNull();
    }

    @Test
    void aVoluntaryRegistrationHasNoTimer() {
        Deal deal = interest();
        deal.accept(TIMERS, NOW);
        deal.introduced(TIMERS, NOW);

        deal.sign(
                LocalDate.of(2026, 11, 27),
                null,
                TransferDirection.DOMESTIC,
                false,
                false,
                RegistrationRules.LAW_2017_ART_31,
                LocalDate.of(2026, 11, 28),
                NOW);

        assertThat(deal.registrationRequired()).isFalse();
        assertThat(deal.registrationDeadline()).isNull();
        assertThat(deal.dueAt()).isNull();
    }

    @Test
    void aContractCannotBeSignedInTheFutureNorBeforeNegotiation() {
        Deal deal = interest();
        assertThatThrownBy(() -> deal.sign(
                        LocalDate.of(2026, 11, 27),
                        null,
                        TransferDirection.DOMESTIC,
                        false,
                        false,
                        RegistrationRules.LAW_2017_ART_31,
                        LocalDate.of(2026, 11, 28),
                        NOW))
                .hasMessage("market.error.wrongStage");
        deal.accept(TIMERS, NOW);
        deal.introduced(TIMERS, NOW);
        assertThatThrownBy(() -> deal.sign(
                        LocalDate.of(2026, 11, 29),
                        null,
                        TransferDirection.DOMESTIC,
                        false,
                        false,
                        RegistrationRules.LAW_2017_ART_31,
                        LocalDate.of(2026, 11, 28),
                        NOW))
                .hasMessage("market.error.signedInFuture");
    }

    @Test
    void nudgesTheOwingSideOnceThenEscalatesToTheBroker() {
        Deal deal = interest();

        assertThat(deal.timer(TIMERS, NOW.plus(Duration.ofDays(6)))).isEqualTo(Deal.TimerAction.NONE);
        Instant late = NOW.plus(Duration.ofDays(7)).plusSeconds(1);
        assertThat(deal.timer(TIMERS, late)).isEqualTo(Deal.TimerAction.NUDGE);
        deal.nudged(late);
        assertThat(deal.timer(TIMERS, late.plus(Duration.ofDays(3)))).isEqualTo(Deal.TimerAction.NONE);

        Instant stalled = NOW.plus(Duration.ofDays(14)).plusSeconds(1);
        assertThat(deal.timer(TIMERS, stalled)).isEqualTo(Deal.TimerAction.ESCALATE);
        deal.escalated(stalled);
        assertThat(deal.timer(TIMERS, stalled.plus(Duration.ofDays(30)))).isEqualTo(Deal.TimerAction.NONE);
    }

    @Test
    void answeringResetsTheTimer() {
        Deal deal = interest();
        Instant late = NOW.plus(Duration.ofDays(8));
        deal.nudged(late);

        deal.accept(TIMERS, late);

        assertThat(deal.owes()).isEqualTo(Deal.Owes.BROKER);
        assertThat(deal.timer(TIMERS, late.plus(Duration.ofDays(4)))).isEqualTo(Deal.TimerAction.NONE);
        assertThat(deal.timer(TIMERS, late.plus(Duration.ofDays(5)).plusSeconds(1)))
                .isEqualTo(Deal.TimerAction.NUDGE);
    }

    @Test
    void aDeclinedDealKeepsItsStructuredReasonAndStops() {
        Deal deal = interest();

        deal.decline(DeclineReason.TOO_EARLY_STAGE, "TRL còn thấp", NOW);

        assertThat(deal.stage()).isEqualTo(DealStage.DECLINED);
        assertThat(deal.declineReason()).isEqualTo(DeclineReason.TOO_EARLY_STAGE);
        assertThat(deal.dueAt()).isNull();
        assertThatThrownBy(() -> deal.accept(TIMERS, NOW)).hasMessage("market.error.wrongStage");
    }
}
