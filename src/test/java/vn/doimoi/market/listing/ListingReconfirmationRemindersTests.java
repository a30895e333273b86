package vn.doimoi.market.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.DayClock;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.NotificationView;
import vn.doimoi.identity.Notifications;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.MarketFixture;
import vn.doimoi.market.MarketFixture.Party;
import vn.doimoi.shared.audit.AuditLog;

/**
 * The daily freshness run on a clock the test moves: the owner is asked to reconfirm a listing
 * 14 days before it expires (doimoi.reminders.kinds.listing-reconfirmation) and once when outdated.
 */
@DoimoiSpringTest
class ListingReconfirmationRemindersTests {

    @Autowired
    MarketFixture fixture;

    @Autowired
    ListingRepository repository;

    @Autowired
    ListingReminders reminders;

    @Autowired
    Directory directory;

    @Autowired
    ScreeningLists screening;

    @Autowired
    AuditLog audit;

    @Autowired
    MarketProperties properties;

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theOwnerIsAskedToReconfirmFourteenDaysBeforeAndOnceWhenOutdatedNeverTwice() {
        // given a published listing and a member of its owner
        Party owner = fixture.member();
        String title = "Máy sấy nông sản năng lượng mặt trời "
                + UUID.randomUUID().toString().substring(0, 6);
        UUID id = fixture.published(owner, ListingKind.OFFER, title, title, "20701", 6, false);
        LocalDate validUntil = repository.findById(id).orElseThrow().validUntil();
        DayClock clock = new DayClock(validUntil.minusDays(15));
        ListingFreshness job = new ListingFreshness(
                repository, new ListingChecks(directory, screening, clock), reminders, audit, properties, clock);

        // when the run happens 15 days before valid-until, nothing
        run(job);
        assertThat(inbox(owner, title)).isEmpty();

        // when it runs 14 days before (twice), and 7 days before, one reminder
        clock.set(validUntil.minusDays(14));
        run(job);
        run(job);
        clock.set(validUntil.minusDays(7));
        run(job);
        assertThat(inbox(owner, title)).singleElement().satisfies(reminder -> {
            assertThat(reminder.subject()).isEqualTo("Tin sắp hết hạn: " + title);
            assertThat(reminder.body())
                    .startsWith("Tin \"" + title + "\" của bạn hết hạn ngày " + vietnamese(validUntil) + ".")
                    .contains("Bạn hãy bấm");
            assertThat(reminder.link()).isEqualTo("/market/my#my-listings");
        });

        // when valid-until has passed, the listing is outdated and the owner told once, however often the job runs
        clock.set(validUntil.plusDays(1));
        run(job);
        run(job);
        clock.set(validUntil.plusDays(2));
        run(job);
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(ListingStatus.OUTDATED);
        List<NotificationView> inbox = inbox(owner, title);
        assertThat(inbox).hasSize(2);
        assertThat(inbox.get(0).subject()).isEqualTo("Tin đã hết hạn: " + title);
        assertThat(inbox.get(0).body()).contains("đã hết hạn từ ngày " + vietnamese(validUntil));
    }

    private void run(ListingFreshness job) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> job.run());
    }

    private List<NotificationView> inbox(Party owner, String title) {
        return notifications.inbox(owner.actor().id(), 50).stream()
                .filter(n -> n.subject().endsWith(title))
                .toList();
    }

    private static String vietnamese(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
