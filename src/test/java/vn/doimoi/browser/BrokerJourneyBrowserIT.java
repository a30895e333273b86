package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.deal.DealBrokers;
import vn.doimoi.market.deal.DealMessages;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.ListingContent;
import vn.doimoi.market.listing.Listings;

/**
 * Issue 18, the broker's journey: both parties of a deal have chosen the broker; the broker signs
 * in on "Việc của tôi", follows the line to the deal, reads what the parties wrote in the deal's
 * thread, answers there, and introduces the parties, which opens the negotiation. On a desktop and
 * on a phone, clicking links only after sign-in. Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrokerJourneyBrowserIT extends BrowserTest {

    @Autowired
    TestUsers testUsers;

    @Autowired
    Directory directory;

    @Autowired
    Listings listings;

    @Autowired
    Deals deals;

    @Autowired
    DealBrokers brokers;

    @Autowired
    DealMessages messages;

    @Test
    void aBrokerFollowsItsDealFromItsWorkTalksWithThePartiesAndIntroducesThemOnADesktop() {
        walk(new Journey(browser, port, false));
    }

    @Test
    void aBrokerFollowsItsDealFromItsWorkTalksWithThePartiesAndIntroducesThemOnAPhone() {
        walk(new Journey(browser, port, true));
    }

    private void walk(Journey journey) {
        // given an institute's published offer and an enterprise interested in it, accepted by the institute
        String unique = UUID.randomUUID().toString().substring(0, 6);
        UUID institute = testUsers.organisation();
        CurrentUser owner = member(testUsers.create(Role.ORG_MEMBER, institute), institute);
        UUID enterprise = testUsers.organisation();
        String enterpriseName = directory.organisation(enterprise).orElseThrow().name();
        CurrentUser interested = member(testUsers.create(Role.ORG_MEMBER, enterprise), enterprise);
        String brokerUser = testUsers.create(Role.BROKER);
        String offerTitle = "Dây chuyền sấy thăng hoa trái cây " + unique;
        UUID offer = publishOffer(owner, offerTitle);
        UUID deal = deals.expressInterest(
                interested, offer, null, "Chúng tôi cần sấy 2 tấn thanh long mỗi ngày, xin trao đổi thêm.");
        deals.accept(owner, deal, deals.view(owner, deal).version());

        // and both parties chose the broker, who accepted
        brokers.invite(owner, deal, testUsers.id(brokerUser).value());
        brokers.consent(interested, deal);
        CurrentUser broker = new CurrentUser(testUsers.id(brokerUser), brokerUser, EnumSet.of(Role.BROKER), null);
        brokers.take(broker, deal);

        // and the parties have written in the deal's thread
        String question = "Nhờ nhà môi giới sắp xếp buổi xem dây chuyền tại xưởng trong tuần tới. " + unique;
        String offerNote = "Bên chúng tôi có thể đón đoàn vào thứ Năm. " + unique;
        messages.post(interested, deal, question, null);
        messages.post(owner, deal, offerNote, null);

        // when the broker signs in, "Việc của tôi" lists the deal
        journey.signIn(brokerUser);
        String line = "Giao dịch: " + offerTitle;
        WebElement item = journey.workItem(line);
        assertThat(item).as("the broker's deal on Việc của tôi").isNotNull();
        Browser.screenshot(browser, "journey-broker-" + journey.width() + "-01-my-work");
        if (journey.width().equals("phone")) {
            assertThat(journey.pageWidth()).as("/me does not scroll sideways").isLessThanOrEqualTo(390);
        }

        // and the broker follows the line to the deal
        item.click();
        Browser.expectText(browser, By.id("deal-stage"), "Giới thiệu"::equals, "Giới thiệu");
        assertThat(browser.findElement(By.id("deal-broker")).getText()).isEqualTo("Người dùng BROKER");
        assertThat(browser.findElement(By.id("deal-interested")).getText()).isEqualTo(enterpriseName);

        // then the parties' messages are in the thread, each with its side
        List<String> thread = threadMessages();
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0)).contains("Bên quan tâm", question);
        assertThat(thread.get(1)).contains("Bên có tin", offerNote);
        Browser.screenshot(browser, "journey-broker-" + journey.width() + "-02-deal-thread");

        // when the broker answers in the thread
        String answer = "Tôi xác nhận lịch xem xưởng thứ Năm, 8 giờ 30. " + unique;
        browser.findElement(By.id("message-text")).sendKeys(answer);
        browser.findElement(By.cssSelector("#message-form button")).click();

        // then the answer follows the parties' messages, as the broker's
        Browser.expectNotice(browser, "Đã gửi tin nhắn.");
        thread = threadMessages();
        assertThat(thread).hasSize(3);
        assertThat(thread.get(2)).contains("Nhà môi giới", answer);
        assertThat(browser.findElement(By.cssSelector("#thread-messages li:last-child"))
                        .getAttribute("class"))
                .contains("mine");

        // when the broker records that the parties have been introduced
        browser.findElement(By.cssSelector("#introduced-form button")).click();

        // then the deal moves on to negotiation, and the broker can no longer introduce them again
        Browser.expectNotice(browser, "Hai bên đã được giới thiệu và bắt đầu đàm phán.");
        assertThat(browser.findElement(By.id("deal-stage")).getText()).isEqualTo("Đàm phán");
        assertThat(browser.findElements(By.id("introduced-form"))).isEmpty();
        assertThat(threadMessages()).hasSize(3);
        Browser.screenshot(browser, "journey-broker-" + journey.width() + "-03-negotiation");

        // and the deal is still on the broker's work, now in negotiation
        journey.openMyWork();
        assertThat(journey.workItem(line)).as("the deal after the introduction").isNotNull();
    }

    private List<String> threadMessages() {
        return browser.findElements(By.cssSelector("#thread-messages li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private CurrentUser member(String username, UUID organisation) {
        return new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.ORG_MEMBER), organisation);
    }

    private UUID publishOffer(CurrentUser owner, String title) {
        String staffUser = testUsers.create(Role.STAFF);
        CurrentUser staff = new CurrentUser(testUsers.id(staffUser), staffUser, EnumSet.of(Role.STAFF), null);
        UUID offer = listings.create(
                owner,
                ListingKind.OFFER,
                new ListingContent(
                        title,
                        "Dây chuyền sấy thăng hoa công suất 2 tấn nguyên liệu/ngày cho thanh long, xoài, mít.",
                        "Trái cây sau thu hoạch hư hỏng nhanh, sấy nóng làm mất màu và vitamin.",
                        "Giữ trên 90% vitamin C, độ ẩm sản phẩm dưới 4%.",
                        null,
                        "Công suất 0,5–2 tấn nguyên liệu/ngày.",
                        null,
                        7,
                        IpStatus.PATENT,
                        null,
                        new BigDecimal("2000000000"),
                        new BigDecimal("4500000000"),
                        "Tây Ninh",
                        listings.today().plusDays(120),
                        false,
                        Set.of("20701"),
                        Set.of(CooperationMode.SALE)));
        listings.submit(owner, offer);
        listings.publish(staff, offer);
        return offer;
    }
}
