package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.MovableClock;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.councils.SheetEntry;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.results.ResultRegistration;
import vn.doimoi.projects.selection.Selection;

/**
 * Issue 18's STAFF journey, without typing a URL after sign-in: from "Việc của tôi" the official
 * opens the dossiers of a call past its deadline, forms the council, types one member's signed paper
 * declaration and paper score sheet, starts the meeting, concludes, appraises and approves the task;
 * then signs its contract, records the acceptance council's grades and registers its result. At each
 * stage the public register, the task's public page and STAFF's list show the stage's label. The
 * applicant, the six members with accounts and the host's reports act through the services.
 * Desktop (1366 px) and phone (390 px); screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(OtherPeople.class)
class StaffJourneyBrowserIT {

    @TestConfiguration
    static class ClockConfig {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** The six seats of members with accounts; the seventh, an ordinary member, signs on paper. */
    private static final List<String> ONLINE_ROLES =
            List.of("CHAIR", "VICE_CHAIR", "REVIEWER", "REVIEWER", "SECRETARY", "MEMBER");

    /** The paper sheet (80 points) and each online sheet (86): six sheets average 85. */
    private static final Map<String, Integer> PAPER_MARKS =
            Map.of("URGENCY", 12, "CONTENT", 24, "PRODUCTS", 16, "CAPACITY", 16, "IMPACT", 12);

    private static final Map<String, Integer> ONLINE_MARKS =
            Map.of("URGENCY", 13, "CONTENT", 27, "PRODUCTS", 17, "CAPACITY", 17, "IMPACT", 12);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Directory directory;

    @Autowired
    Selection selection;

    @Autowired
    Councils councils;

    @Autowired
    TaskExecutions executions;

    @Autowired
    ResultRegistration results;

    @Autowired
    MovableClock clock;

    @Autowired
    OtherPeople others;

    private WebDriver browser;
    private Journey journey;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        clock.setOffset(Duration.ZERO);
    }

    @Test
    void staffRunsACallThroughACouncilToApprovalAndFollowsTheTaskToItsRegisteredResultOnADesktop()
            throws InterruptedException {
        walk(false);
    }

    @Test
    void staffRunsACallThroughACouncilToApprovalAndFollowsTheTaskToItsRegisteredResultOnAPhone()
            throws InterruptedException {
        walk(true);
    }

    private void walk(boolean phone) throws InterruptedException {
        journey = new Journey(browser, port, phone);
        String shot = "journey-staff-" + journey.width() + "-";

        // given an open call whose deadline is today, a dossier submitted by the applicant's member,
        // six experts with accounts and one expert without, who signs on paper
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID applicant = testUsers.organisation();
        String applicantName = directory.organisation(applicant).orElseThrow().name();
        String member = testUsers.create(Role.ORG_MEMBER, applicant);
        String staff = testUsers.create(Role.STAFF);
        String title = "Chọn tạo giống dưa lưới chịu mặn cho vùng ven biển " + suffix;
        List<String> expertUsers = new ArrayList<>();
        List<UUID> online = new ArrayList<>();
        for (int i = 0; i < ONLINE_ROLES.size(); i++) {
            expertUsers.add(testUsers.create(Role.EXPERT));
            online.add(others.expert("Chuyên gia " + i + " " + suffix, expertUsers.get(i), null));
        }
        String paperName = "Ủy viên giấy Lê Văn Tâm " + suffix;
        UUID paper = others.expert(paperName, null, null);
        UUID call = others.openCall(staff, title);
        String callCode = others.as(staff, () -> selection.call(call).code());
        UUID investigator = others.expert("Chủ nhiệm Nguyễn Thị Hoa " + suffix, null, applicant);
        others.submitDossier(member, call, investigator);
        clock.setOffset(Duration.ofDays(1)); // the deadline has passed: receipt closes by itself

        // when STAFF signs in, "Việc của tôi" points at the call, and they open its dossiers
        journey.signIn(staff);
        WebElement callItem =
                browser.findElement(By.cssSelector(".work-items a[href='/staff/tasks/calls/" + call + "']"));
        assertThat(callItem.getText()).contains(callCode);
        Browser.screenshot(browser, shot + "01-my-work");
        callItem.click();
        assertThat(browser.findElement(By.id("call-state")).getText()).isEqualTo("Hết hạn nhận hồ sơ");
        browser.findElement(By.id("minutes")).sendKeys("Mở 1 hồ sơ; hồ sơ đầy đủ, hợp lệ.");
        browser.findElement(By.cssSelector("#open-dossiers button")).click();
        Browser.expectNotice(browser, "Đã mở hồ sơ và ghi nhận kết quả kiểm tra tính hợp lệ.");
        assertThat(browser.findElement(By.id("call-dossiers")).getText()).contains(applicantName, "Hợp lệ");

        // and they form the council: six members with accounts and the one who signs on paper
        browser.findElement(By.id("decisionNumber")).sendKeys("52/QĐ-SKHCN");
        browser.findElement(By.cssSelector("#create-council button")).click();
        Browser.expectNotice(browser, "Đã thành lập hội đồng.");
        UUID council = UUID.fromString(
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1));
        for (int i = 0; i < online.size(); i++) {
            new Select(browser.findElement(By.id("role-" + online.get(i)))).selectByValue(ONLINE_ROLES.get(i));
        }
        new Select(browser.findElement(By.id("role-" + paper))).selectByValue("MEMBER");
        browser.findElement(By.cssSelector("#seat-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã cập nhật thành phần hội đồng.");
        assertThat(memberRow(paperName)).contains("Ủy viên", "Chưa cam kết");

        // when the six members with accounts commit to no conflict, each on their own account
        for (String expert : expertUsers) {
            others.as(expert, () -> {
                councils.declareNoConflict(council);
                return null;
            });
        }

        // and STAFF, back from "Việc của tôi", types the seventh member's signed paper declaration
        journey.openMyWork();
        browser.findElement(By.linkText("Hội đồng tuyển chọn đợt " + callCode + " đang thành lập"))
                .click();
        Select undeclared = new Select(browser.findElement(By.id("paper-declaration-member")));
        assertThat(undeclared.getOptions())
                .extracting(WebElement::getText)
                .containsExactly("TS. " + paperName); // the council shows the degree
        browser.findElement(By.cssSelector("#paper-declaration-form button")).click();

        // then the council lists that member as committed
        Browser.expectNotice(browser, "Đã ghi nhận bản cam kết giấy của thành viên");
        assertThat(memberRow(paperName)).contains("Đã cam kết không xung đột lợi ích");
        Browser.screenshot(browser, shot + "02-paper-declaration");

        // when STAFF starts the meeting with one member with an account absent
        browser.findElement(By.id("present-" + online.get(5))).click();
        browser.findElement(By.cssSelector("#start-form button")).click();
        Browser.expectNotice(browser, "Phiên họp đã bắt đầu.");
        assertThat(memberRow("Chuyên gia 5 " + suffix)).contains("Vắng mặt");

        // and types the paper member's signed score sheet for the one dossier
        WebElement sheet = browser.findElement(By.cssSelector("form[id^='paper-sheet-']"));
        assertThat(sheet.getText()).contains(applicantName);
        new Select(sheet.findElement(By.name("personId"))).selectByVisibleText("TS. " + paperName);
        for (Map.Entry<String, Integer> mark : PAPER_MARKS.entrySet()) {
            sheet.findElement(By.cssSelector("input[name='score[" + mark.getKey() + "]']"))
                    .sendKeys(mark.getValue().toString());
        }
        sheet.findElement(By.tagName("textarea")).sendKeys("Phiếu giấy có chữ ký, nộp tại phiên họp.");
        UUID dossier = UUID.fromString(sheet.getAttribute("id").substring("paper-sheet-".length()));
        sheet.findElement(By.cssSelector("button[type=submit]")).click();

        // then the sheet counts for that member
        Browser.expectNotice(browser, "Đã nhập phiếu đánh giá giấy của thành viên");
        assertThat(memberRow(paperName)).contains("Có mặt").endsWith("1");
        Browser.screenshot(browser, shot + "03-paper-sheet");

        // when the five present members with accounts score online
        for (String expert : expertUsers.subList(0, 5)) {
            others.as(expert, () -> {
                councils.score(council, dossier, SheetEntry.of(ONLINE_MARKS, "Đề xuất rõ ràng, khả thi."));
                return null;
            });
        }

        // and STAFF, from "Việc của tôi", concludes the meeting
        journey.openMyWork();
        browser.findElement(By.linkText("Hội đồng tuyển chọn đợt " + callCode + " đang họp, chờ kết luận"))
                .click();
        browser.findElement(By.cssSelector("#conclude-form button")).click();

        // then the dossier passes on six sheets averaging (80 + 5 × 86) / 6 = 85
        Browser.expectNotice(browser, "Đã kiểm phiếu và kết luận.");
        assertThat(browser.findElements(By.cssSelector("#results tbody td")))
                .extracting(WebElement::getText)
                .containsExactly("1", applicantName, "6", "85", "Đạt");
        Browser.screenshot(browser, shot + "04-results");

        // when STAFF opens the task: selected, not yet public
        browser.findElement(By.id("task-link")).click();
        UUID task = UUID.fromString(
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1));
        String code = others.as(staff, () -> selection.task(task).code());
        assertThat(stageOnPage()).isEqualTo("Được tuyển chọn, chờ thẩm định kinh phí");
        assertThat(staffListStage(code)).isEqualTo("Được tuyển chọn, chờ thẩm định kinh phí");
        openRegister();
        assertThat(browser.findElement(By.id("tasks")).getText()).doesNotContain(code);

        // and appraises the budget as requested and records the approval decision
        // (the call above the tasks on STAFF's page bears the same title)
        journey.clickHeaderLink(By.cssSelector("#site-sections a[href='/staff/tasks']"));
        row("staff-tasks", code).findElement(By.linkText(title)).click();
        browser.findElement(By.cssSelector("#appraise-form button")).click();
        Browser.expectNotice(browser, "Đã ghi nhận kết quả thẩm định kinh phí.");
        assertThat(stageOnPage()).isEqualTo("Đã thẩm định kinh phí, chờ phê duyệt");
        browser.findElement(By.id("decisionNumber")).sendKeys("2210/QĐ-UBND");
        setValue(
                browser.findElement(By.id("decisionDate")), LocalDate.now(clock).toString());
        browser.findElement(By.id("signer")).sendKeys("Phó Chủ tịch UBND tỉnh");
        browser.findElement(By.cssSelector("#approve-form button")).click();
        Browser.expectNotice(browser, "Nhiệm vụ đã được phê duyệt, chờ ký hợp đồng.");

        // then the register shows it approved, waiting for its contract
        registerShows(code, title, "Đã phê duyệt, chờ ký hợp đồng", shot + "05-register-approved");

        // when STAFF drafts the contract (started seven months ago) and signs it
        CurrentUser host = OtherPeople.actor(Role.ORG_MEMBER, applicant);
        others.awaitExecutionRecord(task);
        openExecution(title);
        assertThat(browser.findElement(By.id("task-stage")).getText()).isEqualTo("Chờ ký hợp đồng");
        browser.findElement(By.id("draft-contract")).click();
        LocalDate today = LocalDate.now(clock);
        setValue(browser.findElement(By.id("startOn")), today.minusMonths(7).toString());
        setValue(browser.findElement(By.id("endOn")), today.plusMonths(11).toString());
        browser.findElement(By.cssSelector("#contract-form button[type=submit]"))
                .click();
        Browser.expectNotice(browser, "Đã lưu dự thảo hợp đồng.");
        registerShows(code, title, "Đã phê duyệt, chờ ký hợp đồng", null);
        openExecution(title);
        browser.findElement(By.cssSelector("#sign-form button")).click();
        Browser.expectNotice(browser, "Đã ký hợp đồng.");
        registerShows(code, title, "Đã ký hợp đồng", null);

        // when the host hands in its first progress report, then its acceptance dossier
        UUID report = executions.task(host, task).reports().get(0).id();
        executions.submitReport(host, task, report, "Đã lai tạo 12 tổ hợp, chọn được 3 dòng triển vọng.", 45);
        registerShows(code, title, "Đang thực hiện", null);
        executions.submitAcceptance(
                host,
                task,
                "Báo cáo tổng hợp",
                "Báo cáo tóm tắt",
                "Báo cáo tài chính",
                "Tự đánh giá: Đạt.",
                List.of(),
                SignedTasks.CONTRIBUTIONS);
        registerShows(code, title, "Đang nghiệm thu", shot + "06-register-under-acceptance");

        // and STAFF records the acceptance council's grades, "Đạt" on every criterion
        openExecution(title);
        for (WebElement grade : browser.findElements(By.cssSelector("#conclude-form select"))) {
            new Select(grade).selectByVisibleText("Đạt");
        }
        browser.findElement(By.cssSelector("#conclude-form button")).click();
        Browser.expectNotice(browser, "Đã ghi nhận kết quả nghiệm thu.");
        assertThat(browser.findElement(By.id("task-stage")).getText()).isEqualTo("Đã nghiệm thu");
        registerShows(code, title, "Đã nghiệm thu, đạt", null);

        // when the host submits its result and STAFF registers it
        results.submitResult(
                host,
                task,
                new ResultRegistration.ResultInput(
                        "Giống dưa lưới chịu mặn DL-" + suffix,
                        "Ba dòng dưa lưới chịu mặn 4‰, năng suất 30 tấn/ha.",
                        "TS. Nguyễn Thị Hoa",
                        "dưa lưới, chịu mặn",
                        "Các xã ven biển của tỉnh"),
                List.of());
        openExecution(title);
        browser.findElement(By.id("certificateNumber")).sendKeys("41/2026/GCN-KQNV");
        browser.findElement(By.cssSelector("#register-form button")).click();
        Browser.expectNotice(browser, "Đã đăng ký kết quả; kết quả đã công khai.");

        // then every view of the register says its result is registered
        registerShows(code, title, "Đã đăng ký kết quả", shot + "07-register-result-registered");
        // and STAFF's counts by state, on the same page, no longer call it "waiting for its contract"
        assertThat(browser.findElement(By.id("by-state")).getText())
                .contains("Nhiệm vụ · Đã phê duyệt:")
                .doesNotContain("chờ ký hợp đồng");
        if (phone) {
            assertThat(journey.pageWidth())
                    .as("STAFF's list of tasks fits a phone")
                    .isLessThanOrEqualTo(390);
        }
    }

    /**
     * The stage as anyone reads it in the public register and on the task's public page, and as STAFF
     * reads it in their list of tasks, each reached from the menu.
     */
    private void registerShows(String code, String title, String label, String screenshot) {
        openRegister();
        WebElement row = row("tasks", code);
        assertThat(row.findElement(By.cssSelector(".task-stage")).getText())
                .as("public register of %s", code)
                .isEqualTo(label);
        if (screenshot != null) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
            Browser.screenshot(browser, screenshot);
        }
        row.findElement(By.linkText(title)).click();
        assertThat(stageOnPage()).as("public page of %s", code).isEqualTo(label);
        assertThat(staffListStage(code)).as("STAFF's list of tasks").isEqualTo(label);
    }

    private void openRegister() {
        journey.clickHeaderLink(By.cssSelector("#site-sections a[href='/calls']"));
        browser.findElement(By.linkText("Danh mục nhiệm vụ KH&CN đã phê duyệt và đang thực hiện"))
                .click();
    }

    private String staffListStage(String code) {
        journey.clickHeaderLink(By.cssSelector("#site-sections a[href='/staff/tasks']"));
        return row("staff-tasks", code)
                .findElement(By.cssSelector(".task-stage"))
                .getText();
    }

    /** STAFF's page of the task under execution, from the menu. */
    private void openExecution(String title) {
        journey.clickHeaderLink(By.cssSelector("#site-sections a[href='/staff/execution']"));
        browser.findElement(By.linkText(title)).click();
    }

    private String stageOnPage() {
        return browser.findElement(By.id("task-state")).getText();
    }

    private WebElement row(String table, String code) {
        return browser.findElement(By.id(table)).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not in #" + table));
    }

    private String memberRow(String name) {
        return browser.findElement(By.id("members")).findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the council"));
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
