package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.shared.DomainException;

/**
 * One task from the approved order to a result in use, in a real browser: STAFF signs the
 * contract; the host sends a progress report late (flagged) and asks for the advance; two
 * STAFF members approve it in two steps and it is paid; the council's grades give "Đạt"; the
 * result is registered; an adopter reports its use, STAFF confirms, and the result's public
 * page shows it; the audit dossier downloads with the acceptance minutes inside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskExecutionBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Directory directory;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TaskExecutions executions;

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
    void anApprovedTaskIsFollowedFromItsContractToAConfirmedUseOfItsResult() throws Exception {
        // given a task approved by part 1 (the event), its host's member, two STAFF members and an adopter
        UUID host = testUsers.organisation();
        UUID adopter = testUsers.organisation();
        String adopterName = directory.organisation(adopter).orElseThrow().name();
        String hostUser = testUsers.create(Role.ORG_MEMBER, host);
        String adopterUser = testUsers.create(Role.ORG_MEMBER, adopter);
        String scienceOfficer = testUsers.create(Role.STAFF);
        String financeOfficer = testUsers.create(Role.STAFF);
        String title = "Ứng dụng cảm biến IoT giám sát mặn cho vùng trồng lúa "
                + UUID.randomUUID().toString().substring(0, 6);
        TaskApproved approved = approved(host, title);
        transactions.executeWithoutResult(status -> publisher.publishEvent(approved));
        awaitExecutionRecord(approved.taskId());
        String taskPath = "/execution/tasks/" + approved.taskId();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        // when STAFF drafts the contract, started seven months ago, and signs it
        signIn(scienceOfficer);
        browser.get(url("/staff/execution"));
        browser.findElement(By.linkText(title)).click();
        assertThat(browser.findElement(By.id("task-stage")).getText()).isEqualTo("Chờ ký hợp đồng");
        browser.findElement(By.id("draft-contract")).click();
        setValue("startOn", today.minusMonths(7).toString());
        setValue("endOn", today.plusMonths(11).toString());
        Browser.screenshot(browser, "execution-01-contract-form");
        browser.findElement(By.cssSelector("#contract-form button[type=submit]"))
                .click();
        Browser.expectNotice(browser, "Đã lưu dự thảo hợp đồng.");
        browser.findElement(By.cssSelector("#sign-form button")).click();

        // then the contract is signed, its first report already overdue
        Browser.expectNotice(browser, "Đã ký hợp đồng.");
        assertThat(browser.findElement(By.id("contract-state")).getText()).isEqualTo("Đã ký");
        assertThat(browser.findElement(By.id("report-1")).getText()).contains("Quá hạn");
        Browser.screenshot(browser, "execution-02-contract-signed");
        signOut();

        // when the host sends the report late, asks for the advance and submits the acceptance dossier
        signIn(hostUser);
        browser.get(url("/execution"));
        browser.findElement(By.linkText(title)).click();
        browser.findElement(By.id("content-1"))
                .sendKeys("Đã lắp đặt 12 trạm cảm biến mặn tại ba xã, dữ liệu truyền về mỗi 15 phút.");
        browser.findElement(By.id("percent-1")).sendKeys("45");
        browser.findElement(By.cssSelector("#report-1 form button")).click();
        Browser.expectNotice(browser, "Đã nộp báo cáo định kỳ.");
        assertThat(browser.findElement(By.id("report-1")).getText()).contains("Nộp trễ hạn");
        browser.findElement(By.id("request-1")).click();
        Browser.expectNotice(browser, "Đã gửi đề nghị cấp kinh phí.");
        browser.findElement(By.id("finalReport")).sendKeys("Báo cáo tổng hợp kết quả thực hiện nhiệm vụ.");
        browser.findElement(By.id("summaryReport")).sendKeys("Hệ thống cảnh báo mặn hoạt động ổn định.");
        // a lump sum to the final product: the host hands in its products, no spending report is asked
        assertThat(browser.findElements(By.id("financialReport"))).isEmpty();
        assertThat(browser.findElement(By.id("handed-in-products")).getText()).isNotBlank();
        browser.findElement(By.id("selfAssessment")).sendKeys("Tự đánh giá: Đạt.");
        // a task approved under the 2025 rules: the members' contributions are part of the dossier (ADR 0056)
        browser.findElement(By.id("contributions")).sendKeys("Nguyễn Văn An: 60\nTrần Thị Bình: 40");
        Path evidence = Files.createTempFile("bien-ban-do-kiem-cam-bien", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n% ket qua do kiem\n", StandardCharsets.US_ASCII);
        browser.findElement(By.id("evidence"))
                .sendKeys(evidence.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#acceptance-form button")).click();
        Browser.expectNotice(browser, "Đã nộp hồ sơ đánh giá, nghiệm thu.");
        Browser.screenshot(browser, "execution-03-host-reported");
        signOut();

        // when science management approves the advance, then finance approves it and marks it paid
        signIn(scienceOfficer);
        browser.get(url(taskPath));
        browser.findElement(By.id("approve-1")).click();
        Browser.expectNotice(browser, "Đã duyệt đề nghị cấp kinh phí.");
        signOut();
        signIn(financeOfficer);
        browser.get(url(taskPath));
        browser.findElement(By.id("approve-1")).click();
        Browser.expectText(
                browser,
                By.id("tranche-state-1"),
                text -> text.startsWith("Phòng Kế hoạch – Tài chính đã duyệt"),
                "approved by finance");
        browser.findElement(By.id("reference-1")).sendKeys("UNC-2026-0415");
        browser.findElement(By.cssSelector("#paid-form-1 button")).click();

        // then it is paid, once
        Browser.expectNotice(browser, "Đã ghi nhận cấp kinh phí.");
        assertThat(browser.findElement(By.id("tranche-state-1")).getText()).startsWith("Đã cấp");
        assertThat(browser.findElement(By.id("task-paid")).getText()).isEqualTo("300.000.000 ₫");

        // when the council's grades are recorded (Đạt on every criterion)
        assertThat(browser.findElement(By.id("conclude-form")).getText())
                .contains("Nghị định 267/2025/NĐ-CP"); // approved in 2026: the 2025 grading (ADR 0051)
        for (WebElement grade : browser.findElements(By.cssSelector("#conclude-form select"))) {
            Select choice = new Select(grade);
            assertThat(choice.getFirstSelectedOption().getAttribute("value"))
                    .as("no grade is chosen for the council")
                    .isEmpty();
            choice.selectByVisibleText("Đạt");
        }
        browser.findElement(By.cssSelector("#conclude-form button")).click();

        // then the task is accepted with "Đạt"
        Browser.expectNotice(browser, "Đã ghi nhận kết quả nghiệm thu.");
        assertThat(browser.findElement(By.id("classification")).getText()).isEqualTo("Đạt");
        assertThat(browser.findElement(By.id("task-stage")).getText()).isEqualTo("Đã nghiệm thu");
        Browser.screenshot(browser, "execution-04-accepted");
        signOut();

        // when the host submits the result and STAFF registers it
        signIn(hostUser);
        browser.get(url(taskPath));
        browser.findElement(By.id("authors")).sendKeys("ThS. Trần Văn Bình, KS. Lê Thị Mai");
        browser.findElement(By.id("resultSummary"))
                .sendKeys("Hệ thống 12 trạm đo mặn tự động và quy trình cảnh báo sớm cho nông dân.");
        browser.findElement(By.id("keywords")).sendKeys("xâm nhập mặn, IoT, lúa");
        browser.findElement(By.id("applicationScope")).sendKeys("Các xã ven biển trồng lúa của tỉnh");
        browser.findElement(By.cssSelector("#result-form button")).click();
        Browser.expectNotice(browser, "Đã nộp hồ sơ đăng ký kết quả.");
        signOut();
        signIn(financeOfficer);
        browser.get(url(taskPath));
        browser.findElement(By.id("certificateNumber")).sendKeys("27/2026/GCN-KQNV");
        browser.findElement(By.cssSelector("#register-form button")).click();
        Browser.expectNotice(browser, "Đã đăng ký kết quả; kết quả đã công khai.");
        String resultPath = URI.create(
                        browser.findElement(By.id("public-result")).getAttribute("href"))
                .getPath();
        signOut();

        // when an adopter reports its use of the result from the public page
        signIn(adopterUser);
        browser.get(url(resultPath));
        browser.findElement(By.id("report-use")).click();
        browser.findElement(By.id("place")).sendKeys("Xã Tân Thạnh");
        browser.findElement(By.id("scale")).sendKeys("3 trạm đo, 450 ha lúa");
        browser.findElement(By.id("effect")).sendKeys("Chủ động đóng cống kịp thời, không mất mùa do mặn");
        browser.findElement(By.id("savings")).sendKeys("120.000.000");
        browser.findElement(By.cssSelector("#use-form button")).click();
        Browser.expectNotice(browser, "Đã gửi thông tin ứng dụng; Sở KH&CN sẽ xác nhận.");
        assertThat(browser.findElement(By.id("uses")).getText()).doesNotContain(adopterName);
        signOut();

        // and STAFF confirms it
        signIn(financeOfficer);
        browser.get(url("/staff/execution"));
        WebElement toConfirm = browser.findElements(By.cssSelector("#uses-to-confirm tbody tr")).stream()
                .filter(row -> row.getText().contains(adopterName))
                .findFirst()
                .orElseThrow();
        toConfirm.findElement(By.cssSelector("button")).click();
        Browser.expectNotice(browser, "Đã xác nhận thông tin ứng dụng.");
        Browser.screenshot(browser, "execution-05-dashboard");

        // then the audit dossier downloads with the acceptance minutes, the evidence and the journal
        HttpResponse<byte[]> zip = download("/staff/execution/tasks/" + approved.taskId() + "/dossier.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> entries = entries(zip.body());
        assertThat(entries)
                .contains("01-hop-dong.pdf", "04-bien-ban-nghiem-thu.pdf", "07-nhat-ky.csv")
                .anySatisfy(name -> assertThat(name).startsWith("tep/acceptance/bien-ban-do-kiem-cam-bien"));
        signOut();

        // and anyone sees the confirmed use on the result's public page
        browser.get(url(resultPath));
        assertThat(browser.findElement(By.id("certificate")).getText()).startsWith("27/2026/GCN-KQNV");
        assertThat(browser.findElement(By.id("uses")).getText())
                .contains(adopterName, "Xã Tân Thạnh", "3 trạm đo, 450 ha lúa", "120.000.000 ₫");
        Browser.screenshot(browser, "execution-06-public-result");
    }

    private static TaskApproved approved(UUID host, String title) {
        return new TaskApproved(
                UUID.randomUUID(),
                "ĐT.BIT." + UUID.randomUUID().toString().substring(0, 4),
                title,
                TaskType.RESEARCH_TOPIC,
                SelectionMethod.COMPETITION,
                host,
                null,
                null,
                List.of("401"),
                List.of(
                        new ApprovedProduct(
                                UUID.randomUUID(),
                                "Hệ thống trạm đo mặn tự động",
                                "12 trạm",
                                List.of(new ProductSpec("Sai số đo độ mặn", "‰", "≤ 0,2"))),
                        new ApprovedProduct(
                                UUID.randomUUID(),
                                "Quy trình cảnh báo sớm xâm nhập mặn",
                                "01 quy trình",
                                List.of(new ProductSpec("Thời gian cảnh báo trước", "giờ", "≥ 24")))),
                new BigDecimal("1000000000"),
                new BigDecimal("150000000"),
                18,
                "1502/QĐ-UBND",
                LocalDate.of(2026, 6, 1));
    }

    /** The listener runs after the publishing transaction commits, on another thread. */
    private void awaitExecutionRecord(UUID taskId) throws InterruptedException {
        CurrentUser staff = new CurrentUser(new UserId(UUID.randomUUID()), "bit", EnumSet.of(Role.STAFF), null);
        for (int i = 0; i < 100; i++) {
            try {
                executions.task(staff, taskId);
                return;
            } catch (DomainException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("TaskApproved was not handled");
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
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
