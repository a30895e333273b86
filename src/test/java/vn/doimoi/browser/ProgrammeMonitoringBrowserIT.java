package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.Role;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring;

/**
 * STAFF assigns an action of task group 5 to an agency; the agency's user reports the budget
 * figures with evidence; STAFF accepts; the dashboard and the public page show the new value
 * against the 2% target; the PDF summary downloads. In a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProgrammeMonitoringBrowserIT {

    static final UUID PROGRAMME = UUID.fromString("00000054-0000-4000-8000-000000000000");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Directory directory;

    @Autowired
    ProgrammeMonitoring monitoring;

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
    void staffAssignsTheAgencyReportsStaffAcceptsAndTheValueShowsAgainstTheTarget() throws Exception {
        // given an agency with its user, and a STAFF user
        UUID agency = testUsers.agency();
        String agencyName = directory.organisation(agency).orElseThrow().name();
        String agencyUser = testUsers.create(Role.AGENCY, agency);
        String staffUser = testUsers.create(Role.STAFF);
        String title = "Hỗ trợ doanh nghiệp truy xuất nguồn gốc sản phẩm "
                + UUID.randomUUID().toString().substring(0, 6);
        String group4 = monitoring.programme(PROGRAMME).taskGroups().get(3).id().toString();

        // when STAFF assigns an action of task group 4 (the budget) to the agency, reported yearly
        signIn(staffUser);
        browser.findElement(By.linkText("Chương trình")).click();
        browser.findElement(By.linkText("Theo dõi chương trình")).click();
        browser.findElement(By.linkText("Chương trình số 54-CTr/TU")).click();
        Browser.screenshot(browser, "programs-01-dashboard");
        browser.findElement(By.linkText("Phân công nhiệm vụ")).click();
        new Select(browser.findElement(By.id("taskGroupId"))).selectByValue(group4);
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("leadAgencyId"))).selectByVisibleText(agencyName);
        browser.findElement(By.id("expectedOutputs")).sendKeys("Số liệu chi ngân sách cho khoa học và công nghệ");
        new Select(browser.findElement(By.id("recurrence"))).selectByValue("ANNUAL");
        Browser.screenshot(browser, "programs-02-assign");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // then the assignment exists, led by the agency
        Browser.expectNotice(browser, "Đã phân công nhiệm vụ.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains(agencyName);
        signOut();

        // when the agency's user reports this year's budget figures with a PDF as evidence
        signIn(agencyUser);
        browser.findElement(By.linkText("Chương trình")).click();
        browser.findElement(By.linkText("Nhiệm vụ và báo cáo của cơ quan")).click();
        browser.findElement(By.linkText(title)).click();
        browser.findElement(By.partialLinkText("Báo cáo Năm")).click();
        new Select(browser.findElement(By.id("progress"))).selectByValue("IN_PROGRESS");
        browser.findElement(By.id("narrative"))
                .sendKeys("Năm nay chi ngân sách tỉnh cho khoa học và công nghệ đạt 418.500 triệu đồng.");
        browser.findElement(By.cssSelector("input[id^=numerator-]")).sendKeys("418.500");
        browser.findElement(By.cssSelector("input[id^=denominator-]")).sendKeys("22.500.000");
        Path evidence = Files.createTempFile("so-lieu-chi-ngan-sach", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n% minh chung\n", StandardCharsets.US_ASCII);
        browser.findElement(By.id("evidence"))
                .sendKeys(evidence.toAbsolutePath().toString());
        Browser.screenshot(browser, "programs-03-report-form");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // then the report awaits review with the share computed and the evidence attached
        Browser.expectNotice(browser, "Đã gửi báo cáo.");
        assertThat(browser.findElement(By.id("report-state")).getText()).isEqualTo("Chờ xem xét");
        assertThat(browser.findElement(By.id("report-values")).getText()).contains("1,86 %");
        assertThat(browser.findElement(By.id("evidence")).getText())
                .contains(evidence.getFileName().toString());
        Browser.screenshot(browser, "programs-04-report-submitted");
        signOut();

        // when STAFF opens it from the dashboard and accepts it
        signIn(staffUser);
        browser.get(url("/programs/manage/" + PROGRAMME));
        browser.findElement(By.id("awaiting-review"))
                .findElement(By.linkText(title))
                .click();
        browser.findElement(By.id("accept-note")).sendKeys("Số liệu khớp với báo cáo quyết toán.");
        browser.findElement(By.cssSelector("#accept-form button")).click();

        // then the report is accepted
        Browser.expectNotice(browser, "Đã tiếp nhận báo cáo.");
        assertThat(browser.findElement(By.id("report-state")).getText()).isEqualTo("Đã tiếp nhận");

        // and the dashboard shows this year's 1,86% against the 2% target
        browser.get(url("/programs/manage/" + PROGRAMME));
        String year = Integer.toString(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
        assertThat(budgetShareRow(year)).isEqualTo(year + " 2 1,86 Chưa đạt");
        scrollTo("#indicator-ST_BUDGET_SHARE");
        Browser.screenshot(browser, "programs-05-dashboard-indicator");

        // and the PDF summary downloads for STAFF's session
        HttpResponse<byte[]> pdf = download("/programs/manage/" + PROGRAMME + "/summary.pdf?period=" + year);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        signOut();

        // and the public page shows the value against the target to anyone
        browser.get(url("/programs/" + PROGRAMME));
        assertThat(browser.findElement(By.cssSelector(".task-groups")).getText())
                .contains(
                        "Phát triển mạnh thị trường khoa học, công nghệ và hệ sinh thái khởi nghiệp đổi mới sáng tạo");
        assertThat(budgetShareRow(year)).isEqualTo(year + " 2 1,86 Chưa đạt");
        scrollTo("#indicator-ST_BUDGET_SHARE");
        Browser.screenshot(browser, "programs-06-public-page");
    }

    private void scrollTo(String selector) {
        new Actions(browser)
                .scrollToElement(browser.findElement(By.cssSelector(selector)))
                .perform();
    }

    private String budgetShareRow(String year) {
        WebElement table = browser.findElement(By.cssSelector("#indicator-ST_BUDGET_SHARE table"));
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.startsWith(year + " "))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
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
        // Wait for the signed-out page, or the next navigation races the logout's redirect.
        browser.findElement(By.linkText("Đăng nhập"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
