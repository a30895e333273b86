package vn.doimoi.market.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.Screening;
import vn.doimoi.shared.DomainException;

class ListingLifecycleTests {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    // 23:30 UTC on 31/12/2026 is already 01/01/2027 in Vietnam.
    static final Instant NOW = Instant.parse("2026-12-31T23:30:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, VIETNAM);

    static ListingContent content(LocalDate validUntil) {
        return new ListingContent(
                "Xử lý nước thải chế biến thuỷ sản",
                "Cần công nghệ xử lý nước thải",
                "Nước thải vượt QCVN",
                null,
                null,
                null,
                null,
                6,
                null,
                null,
                null,
                null,
                "Tây Ninh",
                validUntil,
                true,
                Set.of("20701"),
                Set.of(CooperationMode.LICENCE));
    }

    static Listing published(LocalDate validUntil) {
        Listing listing = new Listing(ListingKind.DEMAND, UUID.randomUUID(), content(validUntil), NOW);
        listing.submit(ScreeningResult.CLEAR, NOW);
        listing.publish(TODAY, NOW);
        return listing;
    }

    @Test
    void vietnamTimeDecidesTheDate() {
        assertThat(TODAY).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void goesFromDraftThroughReviewToPublished() {
        Listing listing = new Listing(ListingKind.DEMAND, UUID.randomUUID(), content(TODAY.plusDays(100)), NOW);
        assertThat(listing.status()).isEqualTo(ListingStatus.DRAFT);

        listing.submit(ScreeningResult.CLEAR, NOW);
        assertThat(listing.status()).isEqualTo(ListingStatus.REVIEW);

        listing.publish(TODAY, NOW);
        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void staffReturnsAListingWithReasonsAndTheOwnerCanEditAgain() {
        Listing listing = new Listing(ListingKind.OFFER, UUID.randomUUID(), content(TODAY.plusDays(100)), NOW);
        listing.submit(ScreeningResult.CLEAR, NOW);

        assertThatThrownBy(() -> listing.reject(" ", NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("market.error.reasonRequired");
        listing.reject("Thiếu thông số kỹ thuật", NOW);

        assertThat(listing.status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(listing.reviewNote()).isEqualTo("Thiếu thông số kỹ thuật");
        listing.apply(content(TODAY.plusDays(90)), NOW);
    }

    @Test
    void aListingInReviewCannotBeEditedOrPublishedTwice() {
        Listing listing = new Listing(ListingKind.OFFER, UUID.randomUUID(), content(TODAY.plusDays(100)), NOW);
        listing.submit(ScreeningResult.CLEAR, NOW);

        assertThatThrownBy(() -> listing.apply(content(TODAY.plusDays(90)), NOW))
                .hasMessage("market.error.notEditable");
        listing.publish(TODAY, NOW);
        assertThatThrownBy(() -> listing.publish(TODAY, NOW)).hasMessage("market.error.wrongStatus");
    }

    @Test
    void aProhibitedTechnologyNeverReachesReview() {
        Listing listing = new Listing(ListingKind.OFFER, UUID.randomUUID(), content(TODAY.plusDays(100)), NOW);

        assertThatThrownBy(() -> listing.submit(new ScreeningResult(Screening.PROHIBITED, "amiăng"), NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("market.error.prohibited");
        assertThat(listing.status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(listing.screening().level()).isEqualTo(Screening.PROHIBITED);
    }

    @Test
    void aRestrictedTechnologyIsFlaggedButMayBePublished() {
        Listing listing = new Listing(ListingKind.OFFER, UUID.randomUUID(), content(TODAY.plusDays(100)), NOW);
        listing.submit(new ScreeningResult(Screening.RESTRICTED, "biến đổi gen"), NOW);
        listing.publish(TODAY, NOW);

        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.screening().level()).isEqualTo(Screening.RESTRICTED);
    }

    @Test
    void remindsFourteenAndSevenDaysBeforeValidUntilOnceEach() {
        Listing listing = published(TODAY.plusDays(20));

        assertThat(listing.tick(TODAY.plusDays(5), 90, NOW)).isZero();
        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);

        assertThat(listing.tick(TODAY.plusDays(6), 90, NOW)).isEqualTo(14);
        assertThat(listing.status()).isEqualTo(ListingStatus.EXPIRING);
        assertThat(listing.tick(TODAY.plusDays(7), 90, NOW)).isZero();

        assertThat(listing.tick(TODAY.plusDays(13), 90, NOW)).isEqualTo(7);
        assertThat(listing.tick(TODAY.plusDays(14), 90, NOW)).isZero();
    }

    @Test
    void aMissedRunStillSendsTheLaterReminderOnly() {
        Listing listing = published(TODAY.plusDays(20));

        assertThat(listing.tick(TODAY.plusDays(15), 90, NOW)).isEqualTo(7);
        assertThat(listing.tick(TODAY.plusDays(16), 90, NOW)).isZero();
    }

    @Test
    void isOutdatedTheDayAfterValidUntilAndArchivedLater() {
        Listing listing = published(TODAY.plusDays(20));

        listing.tick(TODAY.plusDays(20), 90, NOW);
        assertThat(listing.status()).isEqualTo(ListingStatus.EXPIRING);
        listing.tick(TODAY.plusDays(21), 90, NOW);
        assertThat(listing.status()).isEqualTo(ListingStatus.OUTDATED);
        listing.tick(TODAY.plusDays(20 + 90), 90, NOW);
        assertThat(listing.status()).isEqualTo(ListingStatus.OUTDATED);
        listing.tick(TODAY.plusDays(20 + 91), 90, NOW);
        assertThat(listing.status()).isEqualTo(ListingStatus.ARCHIVED);
    }

    @Test
    void oneClickReconfirmPublishesAgainForAnotherPeriodAndRearmsReminders() {
        Listing listing = published(TODAY.plusDays(20));
        listing.tick(TODAY.plusDays(21), 90, NOW);
        assertThat(listing.status()).isEqualTo(ListingStatus.OUTDATED);

        Instant later = NOW.plusSeconds(86_400 * 21);
        listing.reconfirm(TODAY.plusDays(21), 180, later);

        assertThat(listing.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.validUntil()).isEqualTo(TODAY.plusDays(201));
        assertThat(listing.confirmedAt()).isEqualTo(later);
        assertThat(listing.tick(TODAY.plusDays(201 - 14), 90, later)).isEqualTo(14);
    }

    @Test
    void aDraftCannotBeReconfirmed() {
        Listing listing = new Listing(ListingKind.OFFER, UUID.randomUUID(), content(TODAY.plusDays(100)), NOW);

        assertThatThrownBy(() -> listing.reconfirm(TODAY, 180, NOW)).hasMessage("market.error.notReconfirmable");
    }
}
