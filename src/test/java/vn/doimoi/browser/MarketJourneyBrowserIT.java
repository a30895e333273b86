package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.ListingContent;
import vn.doimoi.market.listing.Listings;

/**
 * Issue 18's ORG_MEMBER journey in a real browser, on a desktop and a phone: the member edits its
 * published offer (a detail stays published, a new title goes back to review and says so), filters
 * the marketplace, and exchanges a file with the interested enterprise inside their deal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MarketJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Listings listings;

    @Autowired
    Deals deals;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @CsvSource({"1366, 900, desktop", "390, 844, phone"})
    void aMemberEditsItsListingAndExchangesAFileInADeal(int width, int height, String device) throws IOException {
        browser.manage().window().setSize(new Dimension(width, height));
        String unique = UUID.randomUUID().toString().substring(0, 6);
        UUID institute = testUsers.organisation();
        String owner = testUsers.create(Role.ORG_MEMBER, institute);
        UUID enterprise = testUsers.organisation();
        String interested = testUsers.create(Role.ORG_MEMBER, enterprise);
        String title = "Máy bóc vỏ hạt điều tự động " + unique;
        UUID offer = publishOffer(institute, owner, title);
        UUID deal = acceptedDeal(offer, institute, owner, enterprise, interested);

        // the owner edits a detail: the offer stays published
        signIn(owner);
        browser.get(url("/market/my"));
        browser.findElement(By.cssSelector("a.edit-listing[href='/market/my/listings/" + offer + "/edit']"))
                .click();
        assertThat(browser.findElement(By.id("material-hint")).getText()).contains("chờ duyệt lại");
        WebElement region = browser.findElement(By.id("region"));
        region.clear();
        region.sendKeys("Bình Phước");
        Browser.screenshot(browser, "market-journey-" + device + "-01-edit");
        browser.findElement(By.cssSelector("#listing-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã lưu tin.");
        assertThat(listings.internal(offer).status()).isEqualTo(ListingStatus.PUBLISHED);

        // then its title: back to review, and the page says it waits
        browser.get(url("/market/my/listings/" + offer + "/edit"));
        WebElement titleField = browser.findElement(By.id("title"));
        titleField.clear();
        titleField.sendKeys(title + " (bản 2)");
        browser.findElement(By.cssSelector("#listing-form button[type=submit]")).click();
        Browser.expectText(
                browser,
                By.cssSelector(".alert.notice"),
                text -> text.contains("gửi duyệt lại"),
                "sent back to review");
        assertThat(browser.findElement(By.id("awaiting-review")).getText()).contains("Đang chờ duyệt");
        Browser.screenshot(browser, "market-journey-" + device + "-02-awaiting-review");

        // the marketplace filters fit the screen and keep their values in the address
        browser.get(url("/market?trl=7&priceMin=abc&province=T%C3%A2y%20Ninh"));
        assertThat(browser.findElement(By.id("filters-ignored")).getText()).contains("Giá từ phải là số tiền");
        assertThat(browser.findElement(By.id("result-count")).getText()).startsWith("Tìm thấy");
        assertThat(sidewaysScroll()).isFalse();
        Browser.screenshot(browser, "market-journey-" + device + "-03-filters");

        // the owner sends a draft contract inside the deal
        browser.get(url("/market/deals/" + deal));
        browser.findElement(By.id("message-text")).sendKeys("Gửi anh chị dự thảo hợp đồng li-xăng.");
        browser.findElement(By.id("message-file")).sendKeys(pdf().toString());
        browser.findElement(By.cssSelector("#message-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã gửi tin nhắn.");
        assertThat(browser.findElement(By.id("thread-messages")).getText())
                .contains("Gửi anh chị dự thảo hợp đồng li-xăng.")
                .contains("du-thao-hop-dong.pdf");
        assertThat(sidewaysScroll()).isFalse();
        Browser.screenshot(browser, "market-journey-" + device + "-04-thread");
        signOut();

        // the enterprise reads it and answers
        signIn(interested);
        browser.get(url("/market/deals/" + deal));
        assertThat(browser.findElement(By.linkText("du-thao-hop-dong.pdf")).getAttribute("href"))
                .contains("/market/deals/" + deal + "/messages/");
        browser.findElement(By.id("message-text")).sendKeys("Đã nhận, chúng tôi sẽ góp ý trong tuần.");
        browser.findElement(By.cssSelector("#message-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã gửi tin nhắn.");
        assertThat(browser.findElement(By.id("thread-messages")).getText())
                .contains("Đã nhận, chúng tôi sẽ góp ý trong tuần.");
        Browser.screenshot(browser, "market-journey-" + device + "-05-answer");
    }

    private boolean sidewaysScroll() {
        Object wider = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        return Boolean.TRUE.equals(wider);
    }

    private static Path pdf() throws IOException {
        Path folder = Files.createTempDirectory("deal-files-");
        Path file = folder.resolve("du-thao-hop-dong.pdf");
        Files.write(file, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        file.toFile().deleteOnExit();
        return file;
    }

    private UUID publishOffer(UUID institute, String username, String title) {
        CurrentUser member = member(institute, username);
        String staffUser = testUsers.create(Role.STAFF);
        CurrentUser staff = new CurrentUser(testUsers.id(staffUser), staffUser, EnumSet.of(Role.STAFF), null);
        UUID offer = listings.create(
                member,
                ListingKind.OFFER,
                new ListingContent(
                        title,
                        "Máy bóc vỏ hạt điều năng suất 300 kg/giờ, tỉ lệ nhân nguyên trên 90%.",
                        null,
                        "Giảm nhân công bóc tách thủ công.",
                        null,
                        null,
                        null,
                        7,
                        null,
                        null,
                        new BigDecimal("300000000"),
                        new BigDecimal("800000000"),
                        "Tây Ninh",
                        listings.today().plusDays(90),
                        false,
                        Set.of("20701"),
                        Set.of(CooperationMode.LICENCE)));
        listings.submit(member, offer);
        listings.publish(staff, offer);
        return offer;
    }

    private UUID acceptedDeal(UUID offer, UUID institute, String owner, UUID enterprise, String interested) {
        UUID deal = deals.expressInterest(
                member(enterprise, interested), offer, null, "Chúng tôi muốn dùng thử máy ở xưởng.");
        CurrentUser ownerActor = member(institute, owner);
        deals.accept(ownerActor, deal, deals.view(ownerActor, deal).version());
        return deal;
    }

    private CurrentUser member(UUID organisation, String username) {
        return new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.ORG_MEMBER), organisation);
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        browser.findElement(By.cssSelector(".account .user-name"));
    }

    private void signOut() {
        browser.manage().deleteAllCookies(); // the session goes with its cookie; the menu may be folded on a phone
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
