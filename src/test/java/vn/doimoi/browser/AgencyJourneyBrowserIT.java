package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.Recurrence;
import vn.doimoi.programs.monitoring.AssignmentData;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring;

/**
 * Issue 18, the agency's journey: its yearly report for last year is late; the morning reminder job
 * runs; the agency's user signs in, finds the overdue notice in its inbox and the late report on
 * "Việc của tôi", follows the line to the assignment and submits last year's report (the form asks
 * only for the indicators of the assignment's task group), and the late line leaves "Việc của tôi".
 * On a desktop and on a phone, clicking links only after sign-in. Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgencyJourneyBrowserIT extends BrowserTest {

    static final UUID PROGRAMME = UUID.fromString("00000054-0000-4000-8000-000000000000");

    @Autowired
    TestUsers testUsers;

    @Autowired
    ProgrammeMonitoring monitoring;

    @Autowired
    List<ScheduledTaskHolder> schedules;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAgencyRemindedOfALateReportSubmitsItFromItsWorkOnADesktop() throws Exception {
        walk(new Journey(browser, port, false));
    }

    @Test
    void anAgencyRemindedOfALateReportSubmitsItFromItsWorkOnAPhone() throws Exception {
        walk(new Journey(browser, port, true));
    }

    private void walk(Journey journey) throws Exception {
        // given an agency led action of task group 4 (the budget), reported yearly since last year,
        // whose report for last year was due on 10 January and never came
        UUID agency = testUsers.agency();
        String agencyUser = testUsers.create(Role.AGENCY, agency);
        int lastYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
        String title = "Báo cáo chi ngân sách cho khoa học và công nghệ "
                + UUID.randomUUID().toString().substring(0, 6);
        UUID assignment = monitoring.assign(new AssignmentData(
                monitoring.programme(PROGRAMME).taskGroups().get(3).id(),
                title,
                null,
                agency,
                Set.of(),
                "Số liệu chi ngân sách hằng năm",
                Recurrence.ANNUAL,
                LocalDate.of(lastYear, 1, 1),
                null));

        // when the morning reminder job runs, as the scheduler runs it (once across the cluster);
        // the lock it took in an earlier test of this class is a day ago for it
        jdbc.update("update shedlock set lock_until = locked_at where name = 'programs.agencyReportReminders'");
        reminderJob().getTask().getRunnable().run();

        // then the agency's user signs in on "Việc của tôi", and the inbox bell counts the notice
        journey.signIn(agencyUser);
        assertThat(browser.getCurrentUrl()).endsWith("/me");
        assertThat(browser.findElement(By.cssSelector(".inbox .badge")).getAttribute("aria-label"))
                .isNotBlank();

        // and the inbox holds the overdue notice of last year's report
        journey.clickHeaderLink(By.cssSelector("a.inbox"));
        WebElement notice = browser.findElements(By.cssSelector("ul.notifications li")).stream()
                .filter(each -> each.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no notice about " + title + " in the inbox"));
        assertThat(notice.findElement(By.tagName("h2")).getText()).startsWith("Quá hạn báo cáo: " + title);
        assertThat(notice.getText())
                .contains("Báo cáo Năm " + lastYear)
                .contains("đã quá hạn từ ngày 10/01/" + (lastYear + 1));
        Browser.screenshot(browser, "journey-agency-" + journey.width() + "-01-inbox");

        // and "Việc của tôi" shows the late report with a link
        journey.openMyWork();
        String lateLine = "Báo cáo định kỳ trễ hạn: " + title;
        WebElement late = journey.workItem(lateLine);
        assertThat(late).as("the late report on Việc của tôi").isNotNull();
        Browser.screenshot(browser, "journey-agency-" + journey.width() + "-02-my-work");
        if (journey.width().equals("phone")) {
            assertThat(journey.pageWidth()).as("/me does not scroll sideways").isLessThanOrEqualTo(390);
        }

        // when the agency follows the line to the assignment and opens last year's report
        late.click();
        Browser.expectText(browser, By.tagName("h1"), title::equals, title);
        browser.findElement(By.linkText("Báo cáo Năm " + lastYear)).click();

        // then the form asks only for the indicators of the assignment's task group
        List<String> asked = browser.findElements(By.cssSelector("fieldset p strong")).stream()
                .map(WebElement::getText)
                .toList();
        List<String> assigned =
                monitoring
                        .reportableIndicators(monitoring.assignment(agencyMember(agencyUser, agency), assignment))
                        .stream()
                        .map(IndicatorView::name)
                        .toList();
        assertThat(asked)
                .containsExactlyElementsOf(assigned)
                .contains("Tỷ lệ chi ngân sách cho khoa học và công nghệ trên tổng chi ngân sách tỉnh");
        assertThat(new Select(browser.findElement(By.id("period")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Năm " + lastYear);

        // when it fills in last year's figures with a PDF as evidence and sends the report
        new Select(browser.findElement(By.id("progress"))).selectByValue("IN_PROGRESS");
        browser.findElement(By.id("narrative"))
                .sendKeys("Năm " + lastYear + " chi ngân sách tỉnh cho khoa học và công nghệ đạt 410.000 triệu đồng.");
        browser.findElement(By.cssSelector("input[id^=numerator-]")).sendKeys("410.000");
        browser.findElement(By.cssSelector("input[id^=denominator-]")).sendKeys("21.800.000");
        Path evidence = Files.createTempFile("quyet-toan-ngan-sach-", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n% minh chung\n", StandardCharsets.US_ASCII);
        browser.findElement(By.id("evidence"))
                .sendKeys(evidence.toAbsolutePath().toString());
        Browser.screenshot(browser, "journey-agency-" + journey.width() + "-03-report-form");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // then the report waits for the Department's review
        Browser.expectNotice(browser, "Đã gửi báo cáo.");
        assertThat(browser.findElement(By.id("report-state")).getText()).isEqualTo("Chờ xem xét");
        Browser.screenshot(browser, "journey-agency-" + journey.width() + "-04-report-sent");

        // and the late report has left "Việc của tôi"
        journey.openMyWork();
        assertThat(journey.workItem(lateLine))
                .as("the late line after the report")
                .isNull();
        Browser.screenshot(browser, "journey-agency-" + journey.width() + "-05-my-work-after");
    }

    /** The scheduler's own task for the agency-report reminders. */
    private ScheduledTask reminderJob() {
        return schedules.stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .filter(task -> task.toString().contains("AgencyReportReminders.daily"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the agency-report reminder job is not scheduled"));
    }

    private CurrentUser agencyMember(String username, UUID agency) {
        return new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.AGENCY), agency);
    }
}
