package vn.doimoi.ecosystem.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigures;
import vn.doimoi.identity.Role;
import vn.doimoi.market.DealImport;
import vn.doimoi.market.ImportedDeal;
import vn.doimoi.market.ImportedListing;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ListingImport;
import vn.doimoi.market.ListingKind;

/**
 * An enterprise exhibits its own live offer (another's is refused); two organisations meet at the
 * fair; after it, the deal one of them started with the other is counted on the event page, one
 * started before the meeting is not, and the programme's figures count the event and the meeting.
 */
@DoimoiSpringTest
class EventExhibitsAndDealsTests {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    @Autowired
    vn.doimoi.TestUsers testUsers;

    @Autowired
    EventRegistrations registrations;

    EventFixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        fixtures = new EventFixtures(mvc, testUsers, jdbc, registrations);
    }

    @Autowired
    EventMeetings meetings;

    @Autowired
    ListingImport listingImport;

    @Autowired
    DealImport dealImport;

    @Autowired
    EcosystemFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExhibitorShowsItsOfferAndTheDealThatFollowedAMeetingIsCountedAfterTheFair() {
        LocalDate day = LocalDate.now(VIETNAM).plusDays(10);
        UUID event = fixtures.publish("Techmart giao dịch " + UUID.randomUUID(), day, 50);
        String seller = fixtures.users.create(Role.ORG_MEMBER);
        String buyer = fixtures.users.create(Role.ORG_MEMBER);
        UUID sellerOrg = fixtures.actor(seller).organisationId();
        UUID buyerOrg = fixtures.actor(buyer).organisationId();
        String title = "Máy sấy thanh long năng lượng mặt trời " + UUID.randomUUID();
        UUID offer = listingImport.published(offer(sellerOrg, title));
        UUID othersOffer = listingImport.published(offer(buyerOrg, "Giống lúa chịu mặn " + UUID.randomUUID()));
        Instant before = Instant.now().minus(Duration.ofDays(90));
        dealImport.deal(
                new ImportedDeal(othersOffer, sellerOrg, "Trước hội chợ", before, null, null, null, null, null));

        // the seller brings its own offer; the buyer may not bring the seller's
        assertThat(fixtures.get(seller, "/ecosystem/events/" + event + "/exhibit"))
                .hasStatusOk()
                .bodyText()
                .contains(title);
        assertThat(fixtures.post(
                        seller, "/ecosystem/events/" + event + "/exhibit", Map.of("listing", offer.toString())))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("notice", "events.exhibited");
        assertThat(fixtures.post(buyer, "/ecosystem/events/" + event + "/exhibit", Map.of("listing", offer.toString())))
                .flash()
                .containsEntry("problem", "events.error.exhibitNotOwn");
        assertThat(fixtures.mvc.get().uri("/ecosystem/events/" + event))
                .hasStatusOk()
                .bodyText()
                .contains("Đơn vị trưng bày", title);

        // they meet at nine
        for (String person : new String[] {seller, buyer}) {
            assertThat(fixtures.post(
                            person, "/ecosystem/events/" + event + "/register", Map.of("forOrganisation", "true")))
                    .hasStatus3xxRedirection();
        }
        Instant nine = day.atTime(9, 0).atZone(VIETNAM).toInstant();
        UUID meeting = meetings.request(fixtures.actor(buyer), event, fixtures.userId(seller), nine, null);
        meetings.answer(fixtures.actor(seller), meeting, true);

        // the fair took place 30 days ago: its times and the meeting's slot move back together
        jdbc.sql("UPDATE ecosystem.event SET starts_at = starts_at - interval '40 days',"
                        + " ends_at = ends_at - interval '40 days', registration_deadline = registration_deadline - 40"
                        + " WHERE id = ?")
                .param(event)
                .update();
        jdbc.sql("UPDATE ecosystem.event_meeting SET slot_start = slot_start - interval '40 days' WHERE event_id = ?")
                .param(event)
                .update();
        assertThat(fixtures.mvc.get().uri("/ecosystem/events/" + event))
                .bodyText()
                .contains("Số giao dịch bắt đầu sau các buổi gặp B2B: 0");

        // the buyer writes to the seller about the offer it saw, a week after the fair
        dealImport.deal(new ImportedDeal(
                offer,
                buyerOrg,
                "Sau hội chợ",
                Instant.now().minus(Duration.ofDays(20)),
                null,
                null,
                null,
                null,
                null));

        assertThat(fixtures.mvc.get().uri("/ecosystem/events/" + event))
                .bodyText()
                .contains("Số giao dịch bắt đầu sau các buổi gặp B2B: 1", title);
        // the programme's figures count the fair once it ended and the meeting once its slot was over
        Instant ended = day.atTime(12, 0).atZone(VIETNAM).toInstant().minus(Duration.ofDays(40));
        Instant slotOver = nine.plus(Duration.ofMinutes(30)).minus(Duration.ofDays(40));
        assertThat(figures.valueAt(EcosystemFigure.EVENTS_HELD, ended)
                        .subtract(figures.valueAt(EcosystemFigure.EVENTS_HELD, ended.minusSeconds(1))))
                .isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(figures.valueAt(EcosystemFigure.MEETINGS_HELD, slotOver)
                        .subtract(figures.valueAt(EcosystemFigure.MEETINGS_HELD, slotOver.minusSeconds(1))))
                .isGreaterThanOrEqualTo(BigDecimal.ONE);
    }

    private static ImportedListing offer(UUID owner, String title) {
        return new ImportedListing(
                ListingKind.OFFER,
                owner,
                title,
                "Công nghệ đã ứng dụng tại ba hợp tác xã.",
                null,
                "Tiết kiệm 40% điện năng.",
                null,
                null,
                7,
                IpStatus.NONE,
                null,
                null,
                null,
                "Tây Ninh",
                LocalDate.now(VIETNAM).plusMonths(6),
                false,
                Set.of(),
                Set.of(),
                Instant.now().minus(Duration.ofDays(100)));
    }
}
