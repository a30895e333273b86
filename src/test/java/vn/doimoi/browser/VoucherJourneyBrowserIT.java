package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.ecosystem.vouchers.PaperCouncil;
import vn.doimoi.identity.Role;
import vn.doimoi.market.ImportedListing;
import vn.doimoi.market.ListingImport;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ServiceKind;

/**
 * Issue 21's voucher journey in a real browser, on a desktop and a phone (390 px): the Department
 * writes and publishes a voucher programme; the enterprise applies from the programme's page; the
 * Department sends it to an advisory council (scored on paper) and grants it; the enterprise spends
 * part of the voucher with a provider of the market; the provider records the delivery with an
 * evidence file; the enterprise confirms; the Department pays.
 * Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VoucherJourneyBrowserIT extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    ListingImport listings;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaperCouncil paperCouncil;

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void anEnterpriseAppliesAndSpendsAVoucherTheDepartmentGrantsAndPays(boolean phone) throws Exception {
        Journey journey = new Journey(browser, port, phone);
        String name = "vouchers-" + journey.width();
        String staff = users.create(Role.STAFF);
        UUID enterprise = users.organisation();
        organisations.setVerified(enterprise, true);
        String member = users.create(Role.ORG_MEMBER, enterprise);
        UUID provider = users.organisation();
        String providerMember = users.create(Role.ORG_MEMBER, provider);
        String service = "Định giá công nghệ sấy " + ThreadLocalRandom.current().nextInt(1_000_000);
        listings.published(new ImportedListing(
                ListingKind.SERVICE,
                provider,
                service,
                "Định giá công nghệ, thiết bị sấy nông sản để góp vốn hoặc chuyển giao.",
                null,
                null,
                null,
                null,
                null,
                null,
                ServiceKind.VALUATION,
                new BigDecimal("15000000"),
                new BigDecimal("60000000"),
                "Tây Ninh",
                LocalDate.now(clock).plusMonths(6),
                false,
                Set.of(),
                Set.of(),
                Instant.now(clock)));
        String title =
                "Phiếu hỗ trợ định giá công nghệ " + ThreadLocalRandom.current().nextInt(1_000_000);

        // the Department writes and publishes the programme
        journey.signIn(staff);
        journey.openEcosystem("/staff/ecosystem/vouchers");
        browser.findElement(By.id("new-programme")).click();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("Hỗ trợ doanh nghiệp nhỏ thuê dịch vụ định giá công nghệ.");
        browser.findElement(By.id("budget")).sendKeys("500.000.000");
        browser.findElement(By.id("maxGrant")).sendKeys("50.000.000");
        Browser.screenshot(browser, name + "-1-programme-form");
        browser.findElement(By.cssSelector("#programme-form button[type=submit]"))
                .click();
        Browser.expectNotice(browser, "Đã lưu chương trình (bản nháp).");
        row("staff-programmes", title)
                .findElement(By.cssSelector(".publish-programme"))
                .click();
        Browser.expectNotice(browser, "Đã công bố chương trình.");

        // the enterprise applies from the public page, its profile shown
        journey.signIn(member);
        journey.openEcosystem("/ecosystem/vouchers");
        browser.findElement(By.linkText(title)).click();
        browser.findElement(By.id("apply")).click();
        assertThat(browser.findElement(By.id("applicant")).getText()).contains("Công ty thử nghiệm");
        new Select(browser.findElement(By.id("size"))).selectByValue("SMALL");
        browser.findElement(By.id("purpose")).sendKeys("Định giá dây chuyền sấy thanh long để góp vốn.");
        browser.findElement(By.id("amount")).sendKeys("40000000");
        Browser.screenshot(browser, name + "-2-apply");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        browser.findElement(By.cssSelector("#apply-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã nộp hồ sơ đề nghị hỗ trợ. Sở KH&CN sẽ xem xét và thông báo kết quả.");

        // the Department sends it to an advisory council from its desk; five experts score it on paper
        journey.signIn(staff);
        browser.get("http://localhost:" + port + "/staff/ecosystem/vouchers");
        row("staff-programmes", title)
                .findElement(By.cssSelector(".send-to-council"))
                .click();
        Browser.expectNotice(browser, "Đã lập hội đồng tư vấn. Mời chọn thành viên hội đồng.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(title);
        UUID application = jdbc.sql("SELECT a.id FROM ecosystem.voucher_application a"
                        + " JOIN ecosystem.voucher_programme p ON p.id = a.programme_id WHERE p.title = ?")
                .param(title)
                .query(UUID.class)
                .single();
        UUID council = jdbc.sql("SELECT r.council_id FROM ecosystem.voucher_review r"
                        + " JOIN ecosystem.voucher_programme p ON p.id = r.programme_id WHERE p.title = ?")
                .param(title)
                .query(UUID.class)
                .single();
        paperCouncil.scores(staff, council, java.util.Map.of(application, PaperCouncil.marks(26, 33, 25)));

        // the Department grants it, the council's conclusion beside the decision
        browser.get("http://localhost:" + port + "/staff/ecosystem/vouchers");
        row("staff-applications", title)
                .findElement(By.cssSelector(".application-link"))
                .click();
        assertThat(browser.findElement(By.id("review-average")).getText()).isEqualTo("84/100 (điểm đạt: 60)");
        browser.findElement(By.cssSelector("#grant-form button[type=submit]")).click();
        Browser.expectNotice(
                browser, "Đã quyết định hỗ trợ (chương trình phiếu hỗ trợ: phiếu đã được cấp cho doanh nghiệp).");
        assertThat(browser.findElement(By.id("voucher-code")).getText()).contains("40.000.000 ₫");

        // the enterprise spends 25 million of it with the provider
        journey.signIn(member);
        journey.openEcosystem("/ecosystem/vouchers");
        browser.findElement(By.id("my-vouchers")).click();
        browser.findElement(By.cssSelector("#my-vouchers-table .voucher-link")).click();
        new Select(browser.findElement(By.id("listingId")))
                .selectByVisibleText(new Select(browser.findElement(By.id("listingId")))
                        .getOptions().stream()
                                .map(WebElement::getText)
                                .filter(text -> text.endsWith(service))
                                .findFirst()
                                .orElseThrow());
        browser.findElement(By.id("amount")).sendKeys("25.000.000");
        Browser.screenshot(browser, name + "-3-redeem");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        browser.findElement(By.cssSelector("#redeem-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã gửi đề nghị sử dụng phiếu tới bên cung cấp dịch vụ.");
        assertThat(browser.findElement(By.id("remaining")).getText()).isEqualTo("15.000.000 ₫");

        // the provider records the delivery with its minutes
        Path minutes = Files.createTempFile("bien-ban-", ".pdf");
        Files.write(
                minutes,
                "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        journey.signIn(providerMember);
        browser.get("http://localhost:" + port + "/ecosystem/vouchers/provider");
        WebElement request = browser.findElement(By.cssSelector("article.redemption"));
        request.findElement(By.cssSelector(".deliver-form textarea")).sendKeys("Đã bàn giao chứng thư định giá.");
        request.findElement(By.cssSelector(".deliver-form input[type=file]")).sendKeys(minutes.toString());
        Browser.screenshot(browser, name + "-4-deliver");
        request.findElement(By.cssSelector(".deliver-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã ghi nhận kết quả cung cấp dịch vụ.");

        // the enterprise confirms from "Việc của tôi"
        journey.signIn(member);
        browser.findElements(By.cssSelector(".work-items li a")).stream()
                .filter(link -> link.getText().endsWith("đã cung cấp dịch vụ: xác nhận nghiệm thu"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line to confirm the delivery on Việc của tôi"))
                .click();
        browser.findElement(By.cssSelector(".confirm-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã xác nhận nhận dịch vụ. Sở KH&CN sẽ thanh toán cho bên cung cấp.");

        // the Department pays the provider
        journey.signIn(staff);
        browser.get("http://localhost:" + port + "/staff/ecosystem/vouchers");
        WebElement payment = browser.findElement(By.cssSelector(".pay-form"));
        payment.findElement(By.cssSelector("input[name=reference]")).sendKeys("UNC 0712/KHCN");
        Browser.screenshot(browser, name + "-5-pay");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        payment.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã ghi nhận thanh toán cho bên cung cấp dịch vụ.");
        assertThat(browser.findElements(By.cssSelector(".pay-form"))).isEmpty();
    }

    private WebElement row(String table, String text) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                .filter(tr -> tr.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in #" + table));
    }
}
