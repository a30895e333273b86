package vn.doimoi.market.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.MarketFixture;
import vn.doimoi.market.MarketFixture.Party;

/**
 * A stalled deal without a broker is not announced to every broker (issue 16, ADR 0032): one that
 * waits for a broker tells its parties, any other goes to the Department.
 */
@DoimoiSpringTest
class DealTimerNoticesTests {

    @Autowired
    Deals deals;

    @Autowired
    DealRepository repository;

    @Autowired
    MarketFixture fixture;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Notifications notifications;

    @Autowired
    Clock clock;

    @Test
    void aStalledDealWithoutABrokerGoesToTheDepartmentAndItsPartiesNotToEveryBroker() {
        // given a broker and STAFF, an interest the owner ignored past its nudge, and an accepted
        // deal that waits for a broker past its due time
        UserId broker = testUsers.id(testUsers.create(Role.BROKER));
        UserId staff = testUsers.id(testUsers.create(Role.STAFF));
        Instant now = clock.instant();
        Party owner = fixture.member();
        Party interested = fixture.member();
        Deal ignored = deal(owner, interested, now.minus(Duration.ofDays(15)));
        ignored.nudged(now.minus(Duration.ofDays(8)));
        repository.save(ignored);
        Party waitingForBroker = fixture.member();
        Deal waiting = deal(owner, waitingForBroker, now.minus(Duration.ofDays(10)));
        waiting.accept(DealTimers.DEFAULT, now.minus(Duration.ofDays(6)));
        repository.save(waiting);

        // when the hourly job runs
        deals.runTimers();

        // then no broker hears of either; STAFF hears of the ignored interest, the parties of the waiting deal
        assertThat(notifications.inbox(broker, 50))
                .noneMatch(notice -> notice.link().endsWith(ignored.id().toString())
                        || notice.link().endsWith(waiting.id().toString()));
        assertThat(notifications.inbox(staff, 50))
                .anyMatch(notice -> notice.link().endsWith(ignored.id().toString()));
        for (Party party : new Party[] {owner, waitingForBroker}) {
            assertThat(notifications.inbox(testUsers.id(party.username()), 50))
                    .anyMatch(notice -> notice.link().endsWith(waiting.id().toString()));
        }
    }

    private Deal deal(Party owner, Party interested, Instant at) {
        UUID offer = fixture.published(
                owner,
                ListingKind.OFFER,
                "Máy sấy nông sản năng lượng mặt trời "
                        + UUID.randomUUID().toString().substring(0, 6),
                "Sấy nông sản bằng năng lượng mặt trời",
                "40101",
                7,
                false);
        return new Deal(
                offer,
                null,
                owner.organisation(),
                interested.organisation(),
                null,
                "Chúng tôi quan tâm",
                DealTimers.DEFAULT,
                at);
    }
}
