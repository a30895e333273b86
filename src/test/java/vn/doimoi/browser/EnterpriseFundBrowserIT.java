package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 21's fund on the demo, at desktop width and at 390 px: {@code doanhnghiep} finds the fund's
 * deadline on "Việc của tôi", opens the fund, reads the warning with the tax it would repay, records a
 * spending with its evidence file and sees it in the list; {@code canbo} then sees the province's totals
 * as a chart with the table beside it. Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
@ActiveProfiles({"test", "demo"})
class EnterpriseFundBrowserIT {

    private static final String DEMO_PASSWORD = "doimoi-demo-2026";

    @LocalServerPort
    int port;

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

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theEnterpriseSeesItsDeadlineRecordsASpendingAndTheDepartmentSeesTheTotals(boolean phone) throws Exception {
        Journey journey = new Journey(browser, port, phone);
        String name = "fund-" + journey.width();

        // given the demo enterprise whose oldest allocation's deadline is three months away
        journey.signIn("doanhnghiep", DEMO_PASSWORD);
        WebElement line = journey.workItemStarting("Khoản trích quỹ năm");
        assertThat(line).as("the fund's line on Việc của tôi").isNotNull();
        assertThat(line.getText()).contains("cần chi thêm", "nếu không phải nộp lại", "₫");
        Browser.screenshot(browser, name + "-1-my-work");

        // when the member opens the fund from that line
        line.click();
        Browser.expectText(
                browser,
                By.tagName("h1"),
                "Quỹ phát triển khoa học và công nghệ của doanh nghiệp"::equals,
                "the fund's page");
        // then the page warns with the shortfall and the repayment in đồng
        WebElement warning = browser.findElement(By.cssSelector(".fund-warning"));
        assertThat(warning.getText()).contains("phải sử dụng trước ngày", "cần chi thêm", "để đạt 70%", "phải nộp lại");
        assertThat(browser.findElements(By.cssSelector("#fund-years tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("fund-balance")).getText()).startsWith("Số dư có thể sử dụng:");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        Browser.screenshot(browser, name + "-2-fund");

        // when it records a spending on training with its receipt
        Path receipt = Files.createTempFile("bien-lai-", ".pdf");
        Files.write(
                receipt,
                "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        WebElement form = browser.findElement(By.id("spending-form"));
        new Select(form.findElement(By.id("useCode"))).selectByValue("TRAINING");
        String description = "Khoá đào tạo kỹ thuật viên bảo quản " + journey.width();
        form.findElement(By.id("description")).sendKeys(description);
        form.findElement(By.id("spending-amount")).sendKeys("1.000.000");
        form.findElement(By.id("evidence")).sendKeys(receipt.toAbsolutePath().toString());
        Browser.screenshot(browser, name + "-3-spending-form");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        // then it is recorded and listed with its evidence
        Browser.expectNotice(browser, "Đã ghi nhận khoản chi từ quỹ.");
        assertThat(browser.findElement(By.id("fund-spending")).getText()).contains(description, "1.000.000 ₫");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        Browser.screenshot(browser, name + "-4-recorded");

        // and the Department's staff see the province's totals, chart and table beside it
        journey.signIn("canbo", DEMO_PASSWORD);
        journey.openEcosystem("/staff/ecosystem/funds");
        Browser.expectText(
                browser,
                By.tagName("h1"),
                "Quỹ phát triển KH&CN của doanh nghiệp trong tỉnh"::equals,
                "the province's funds");
        assertThat(browser.findElements(By.cssSelector("#funds-chart rect"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#funds-by-year tbody tr")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("filed-reports")).getText()).contains("Mộc Ho");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        Browser.screenshot(browser, name + "-5-staff");
        Files.deleteIfExists(receipt);
    }
}
