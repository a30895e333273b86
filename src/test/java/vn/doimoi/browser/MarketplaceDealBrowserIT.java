package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.IpStatus;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.listing.ListingContent;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * An enterprise writes a demand with the guided form, STAFF publishes it, the matching page
 * shows an anonymous offer with its reasons, the enterprise expresses interest, the owner
 * accepts (and is revealed), a broker introduces them, the contract is signed and the
 * registration deadline appears. In a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MarketplaceDealBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Listings listings;

    @Autowired
    Directory directory;

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

    @Test
    void anEnterpriseFindsAnAnonymousOfferThroughItsDemandAndTheDealReachesRegistration() throws IOException {
        // given an institute with a published, anonymous offer on seafood wastewater treatment
        String unique = UUID.randomUUID().toString().substring(0, 6);
        UUID institute = testUsers.organisation();
        String instituteName = directory.organisation(institute).orElseThrow().name();
        String instituteUser = testUsers.create(Role.ORG_MEMBER, institute);
        String staffUser = testUsers.create(Role.STAFF);
        String brokerUser = testUsers.create(Role.BROKER);
        String offerTitle = "Công nghệ MBBR xử lý nước thải chế biến thuỷ sản " + unique;
        UUID offer = publishOffer(institute, instituteUser, staffUser, offerTitle);
        UUID enterprise = testUsers.organisation();
        String enterpriseName = directory.organisation(enterprise).orElseThrow().name();
        String enterpriseUser = testUsers.create(Role.ORG_MEMBER, enterprise);
        String demandTitle = "Xử lý nước thải chế biến cá tra đạt QCVN " + unique;

        // and the institute adds a photo of its plant to the offer
        signIn(instituteUser);
        browser.get(url("/market/listings/" + offer));
        browser.findElement(By.id("attachment-file")).sendKeys(photo().toString());
        browser.findElement(By.cssSelector("#attachment-form button")).click();
        Browser.expectNotice(browser, "Đã thêm tệp vào tin.");
        assertThat(browser.findElements(By.cssSelector("#listing-images img"))).hasSize(1);
        signOut();

        // when the enterprise writes its demand with the guided form, step by step
        signIn(enterpriseUser);
        browser.findElement(By.linkText("Sàn công nghệ")).click();
        browser.findElement(By.linkText("Đăng nhu cầu công nghệ")).click();
        assertThat(browser.findElement(By.id("step-title")).getText()).isEqualTo("Bước 1/5: Vấn đề cần giải quyết");
        browser.findElement(By.id("next")).click();
        assertThat(browser.findElement(By.id("title-error")).getText()).isEqualTo("Vui lòng nhập thông tin này.");
        browser.findElement(By.id("title")).sendKeys(demandTitle);
        browser.findElement(By.id("problem"))
                .sendKeys("Nước thải chế biến thuỷ sản có COD, nitơ và dầu mỡ cao; hệ thống bùn hoạt tính quá tải.");
        Browser.screenshot(browser, "market-01-demand-step1");
        browser.findElement(By.id("next")).click();
        browser.findElement(By.id("currentSolution")).sendKeys("Bể bùn hoạt tính cũ công suất 400 m³/ngày.");
        browser.findElement(By.id("next")).click();
        browser.findElement(By.id("requirements"))
                .sendKeys("Công suất 800 m³/ngày, đạt QCVN 11-MT:2015/BTNMT cột A, vận hành tự động.");
        new Select(browser.findElement(By.id("fieldCode"))).selectByValue("207");
        browser.findElement(By.id("fieldCodeDetail")).sendKeys("20701");
        new Select(browser.findElement(By.id("trl"))).selectByValue("6");
        browser.findElement(By.id("next")).click();
        browser.findElement(By.id("priceMin")).sendKeys("1.000.000.000");
        browser.findElement(By.id("priceMax")).sendKeys("3.000.000.000");
        browser.findElement(By.id("timeFrame")).sendKeys("6 tháng");
        browser.findElement(By.id("mode-LICENCE")).click();
        browser.findElement(By.id("next")).click();
        assertThat(browser.findElement(By.id("demand-review")).getText())
                .contains(demandTitle, "Bể bùn hoạt tính cũ", "Công suất 800 m³/ngày");
        browser.findElement(By.id("anonymous")).click();
        Browser.screenshot(browser, "market-02-demand-review");
        browser.findElement(By.id("submit-review")).click();

        // then it waits for the Department's review
        Browser.expectNotice(browser, "Đã gửi tin để Sở KH&CN duyệt.");
        assertThat(browser.findElement(By.id("my-listings")).getText()).contains(demandTitle, "Chờ duyệt");
        signOut();

        // when STAFF publishes it from the moderation queue
        signIn(staffUser);
        browser.get(url("/staff/market"));
        WebElement item = browser.findElements(By.cssSelector("article.review-item")).stream()
                .filter(each -> each.getText().contains(demandTitle))
                .findFirst()
                .orElseThrow();
        assertThat(item.getText()).contains(enterpriseName);
        item.findElement(By.cssSelector(".publish-form button")).click();
        Browser.expectNotice(browser, "Đã đăng tin.");
        signOut();

        // and the enterprise opens the matches of its published demand
        signIn(enterpriseUser);
        browser.get(url("/market/my"));
        browser.findElement(By.linkText(demandTitle)).click();
        assertThat(browser.findElement(By.id("listing-status")).getText()).isEqualTo("Đang đăng");
        browser.findElement(By.id("matches-link")).click();

        // then the anonymous offer is among the matches, with its reasons
        WebElement match = browser.findElements(By.cssSelector("#matches .match")).stream()
                .filter(each -> each.getText().contains(offerTitle))
                .findFirst()
                .orElseThrow();
        assertThat(match.getText()).contains("Cùng lĩnh vực 20701", "TRL 8 ≥ yêu cầu 6", "Cùng phương thức: li-xăng");
        assertThat(match.getText()).containsPattern("Từ khớp: .*nước thải");
        Browser.screenshot(browser, "market-03-matches");

        // when the enterprise expresses interest in the offer, whose owner stays hidden
        match.findElement(By.linkText(offerTitle)).click();
        assertThat(browser.findElement(By.id("listing-owner")).getText()).startsWith("Ẩn danh");
        assertThat(browser.getPageSource()).doesNotContain(instituteName);
        WebElement thumbnail = browser.findElement(By.cssSelector("#listing-images img"));
        assertThat(((Number) ((JavascriptExecutor) browser)
                                .executeScript("return arguments[0].naturalWidth", thumbnail))
                        .intValue())
                .isEqualTo(320);
        browser.findElement(By.id("interest-message"))
                .sendKeys("Chúng tôi cần xử lý 800 m³/ngày, mong được trao đổi về chi phí đầu tư.");
        browser.findElement(By.cssSelector("#interest-form button")).click();
        Browser.expectNotice(browser, "Đã gửi bày tỏ quan tâm.");
        assertThat(browser.findElement(By.id("deal-stage")).getText()).isEqualTo("Bày tỏ quan tâm");
        assertThat(browser.findElement(By.id("deal-owner")).getText()).startsWith("Ẩn danh");
        String dealUrl = browser.getCurrentUrl();
        signOut();

        // and the owner accepts and invites a broker from the list
        signIn(instituteUser);
        browser.get(dealUrl);
        browser.findElement(By.cssSelector("#accept-form button")).click();
        Browser.expectNotice(browser, "Đã chấp nhận bày tỏ quan tâm.");
        assertThat(browser.findElement(By.id("deal-stage")).getText()).isEqualTo("Giới thiệu");
        new Select(browser.findElement(By.id("broker-select")))
                .selectByValue(testUsers.id(brokerUser).value().toString());
        browser.findElement(By.cssSelector("#broker-invite-form button")).click();
        Browser.expectNotice(browser, "Đã mời nhà môi giới.");
        signOut();

        // and the enterprise agrees to that broker (issue 16: both parties choose the broker)
        signIn(enterpriseUser);
        browser.get(dealUrl);
        browser.findElement(By.cssSelector("#broker-consent-form button")).click();
        Browser.expectNotice(browser, "Đã ghi nhận sự đồng ý của bên bạn.");
        signOut();

        // and the broker accepts the invitation and introduces the parties
        signIn(brokerUser);
        browser.get(url("/market/my"));
        browser.findElement(By.id("my-deals"))
                .findElement(By.linkText(offerTitle))
                .click();
        browser.findElement(By.cssSelector("#broker-form button")).click();
        Browser.expectNotice(browser, "Đã ghi nhận; bạn trở thành nhà môi giới khi cả hai bên đồng ý.");
        browser.findElement(By.cssSelector("#introduced-form button")).click();
        Browser.expectNotice(browser, "Hai bên đã được giới thiệu và bắt đầu đàm phán.");
        assertThat(browser.findElement(By.id("deal-stage")).getText()).isEqualTo("Đàm phán");
        signOut();

        // then the enterprise now sees who the owner is, and records the signed contract
        signIn(enterpriseUser);
        browser.get(dealUrl);
        assertThat(browser.findElement(By.id("deal-owner")).getText()).isEqualTo(instituteName);
        assertThat(browser.findElement(By.id("deal-broker")).getText()).isEqualTo("Người dùng BROKER");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        setDate("signedOn", today);
        browser.findElement(By.id("value")).sendKeys("1.850.000.000");
        new Select(browser.findElement(By.id("direction"))).selectByValue("DOMESTIC");
        browser.findElement(By.id("stateCapital")).click();
        browser.findElement(By.cssSelector("#signed-form button")).click();

        // and the registration deadline appears: mandatory, 90 days from signing
        Browser.expectNotice(browser, "Đã ghi nhận hợp đồng.");
        assertThat(browser.findElement(By.id("deal-stage")).getText()).isEqualTo("Đã ký hợp đồng");
        assertThat(browser.findElement(By.id("registration-required")).getText())
                .startsWith("Bắt buộc")
                .contains("điều 31 khoản 1 điểm c");
        assertThat(browser.findElement(By.id("registration-deadline")).getText())
                .isEqualTo(VietnameseFormats.date(today.plusDays(90)));
        Browser.screenshot(browser, "market-04-signed-registration-deadline");
        signOut();
    }

    /** A 1600 × 1000 photo-like PNG in a temporary file, for the upload field. */
    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d5fa8));
        g.fillRect(0, 0, 1600, 600);
        g.setColor(new Color(0x7cb342));
        g.fillRect(0, 600, 1600, 400);
        g.dispose();
        Path file = Files.createTempFile("tram-xu-ly-nuoc-thai-", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }

    private UUID publishOffer(UUID institute, String instituteUser, String staffUser, String title) {
        CurrentUser member =
                new CurrentUser(testUsers.id(instituteUser), instituteUser, EnumSet.of(Role.ORG_MEMBER), institute);
        CurrentUser staff = new CurrentUser(testUsers.id(staffUser), staffUser, EnumSet.of(Role.STAFF), null);
        UUID offer = listings.create(
                member,
                ListingKind.OFFER,
                new ListingContent(
                        title,
                        "Hệ thống xử lý nước thải chế biến thuỷ sản bằng bể sinh học màng MBBR, đạt QCVN 11-MT:2015/BTNMT cột A.",
                        "Nước thải chế biến thuỷ sản có COD, nitơ và dầu mỡ cao.",
                        "Diện tích giảm 40%, vận hành tự động, chi phí 4.500 đồng/m³.",
                        null,
                        "Công suất 500–2.000 m³/ngày.",
                        null,
                        8,
                        IpStatus.PATENT,
                        null,
                        new BigDecimal("1200000000"),
                        new BigDecimal("2500000000"),
                        "Tây Ninh",
                        listings.today().plusDays(120),
                        true,
                        Set.of("20701"),
                        Set.of(CooperationMode.LICENCE, CooperationMode.SALE)));
        listings.submit(member, offer);
        listings.publish(staff, offer);
        return offer;
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        browser.findElement(By.cssSelector(".account .user-name"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".account button")).click();
        browser.findElement(By.linkText("Đăng nhập"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
