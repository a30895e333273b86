package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 21 on the demo: a visitor of the technology fair signs in, registers from the event page,
 * asks {@code doanhnghiep} (Mộc Hoá Agritech, an exhibitor) for a B2B meeting; {@code doanhnghiep}
 * finds the request in "Việc của tôi" and accepts it; the asker's agenda shows it confirmed. At
 * desktop width and at 390 px. Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
@ActiveProfiles({"test", "demo"})
class EventMeetingBrowserIT {

    private static final String DEMO_PASSWORD = "doimoi-demo-2026";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
    @CsvSource({"false, chuyengia, 11", "true, canbo2, 13"})
    void aVisitorRegistersAsksAnExhibitorForAMeetingAndTheExhibitorAccepts(boolean phone, String visitor, int hour) {
        Journey journey = new Journey(browser, port, phone);
        String name = "events-" + journey.width();
        journey.signIn(visitor, DEMO_PASSWORD);
        journey.openEcosystem("/ecosystem/events");
        Browser.expectText(browser, By.tagName("h1"), "Sự kiện và chợ công nghệ"::equals, "the calendar");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        Browser.screenshot(browser, name + "-1-calendar");

        // the demo fair shows its exhibitors' offers; the visitor registers
        browser.findElement(By.partialLinkText("Chợ công nghệ – thiết bị nông nghiệp"))
                .click();
        assertThat(browser.findElement(By.id("exhibitors")).getText()).contains("Nông nghiệp Công nghệ cao Mộc Hoá");
        browser.findElement(By.id("register")).click();
        Browser.expectNotice(browser, "Đã đăng ký: bạn có một chỗ tham dự.");
        assertThat(browser.findElement(By.id("registration-status")).getText())
                .contains("Bạn đã được xác nhận tham dự.");
        assertThat(browser.findElement(By.id("ics-link")).getAttribute("href")).endsWith("/calendar.ics");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        Browser.screenshot(browser, name + "-2-registered");

        // and asks doanhnghiep for a meeting
        browser.findElement(By.id("meetings-link")).click();
        new Select(browser.findElement(By.id("invitee")))
                .getOptions().stream()
                        .filter(option -> option.getText().startsWith("Phạm Quốc Bảo"))
                        .findFirst()
                        .orElseThrow()
                        .click();
        LocalDate day = LocalDate.now(VIETNAM).plusMonths(1);
        new Select(browser.findElement(By.id("slot")))
                .selectByValue(day.atTime(hour, 0).atZone(VIETNAM).toInstant().toString());
        browser.findElement(By.id("note")).sendKeys("Hỏi về công nghệ sấy thanh long");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        Browser.screenshot(browser, name + "-3-request");
        browser.findElement(By.id("request-meeting")).click();
        Browser.expectNotice(browser, "Đã gửi đề nghị gặp.");
        assertThat(browser.findElement(By.cssSelector("tr.meeting")).getText()).contains("Chờ trả lời");

        // doanhnghiep finds it in "Việc của tôi" and accepts
        journey.signIn("doanhnghiep", DEMO_PASSWORD);
        browser.findElements(By.cssSelector(".work-items li a")).stream()
                .filter(link -> link.getText().contains("đề nghị gặp B2B"))
                .findFirst()
                .orElseThrow()
                .click();
        Browser.screenshot(browser, name + "-4-agenda-to-answer");
        browser.findElements(By.cssSelector("tr.meeting[data-status=REQUESTED] .accept-meeting"))
                .get(0)
                .click();
        Browser.expectNotice(browser, "Đã xác nhận buổi gặp.");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);

        // the asker's agenda shows the meeting confirmed
        journey.signIn(visitor, DEMO_PASSWORD);
        browser.get("http://localhost:" + port + "/ecosystem/events/my");
        assertThat(browser.findElement(By.id("my-agenda")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("tr.meeting")).getText())
                .contains("Đã xác nhận", "Phạm Quốc Bảo");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        Browser.screenshot(browser, name + "-5-confirmed");
    }
}
