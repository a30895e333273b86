package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.selection.CallRepository;
import vn.doimoi.projects.selection.DossierRepository;
import vn.doimoi.projects.tasks.FailedTasks;
import vn.doimoi.projects.tasks.TaskRepository;

/**
 * Risk acceptance (issue 19, Law 93/2025 art. 9) in a real browser, on a desktop and on a phone:
 * a task failed its acceptance; STAFF finds it on "Việc của tôi", records the compliance
 * assessment in the task page's form and sees the outcome there; the public register then says
 * "Không đạt — đã tuân thủ quy trình, chấp nhận rủi ro" for a compliant task, and a task that did
 * not comply shows the amount to recover. Screenshots in target/screenshots/.
 */
class RiskAcceptanceBrowserIT extends DemoBrowserTest {

    private static final String RISK_ACCEPTED = "Không đạt — đã tuân thủ quy trình, chấp nhận rủi ro";
    private static final String FUNDS_RECOVERY = "Không đạt — đang thu hồi kinh phí";

    @Autowired
    CallRepository calls;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    TaskRepository tasks;

    @Autowired
    TaskExecutions executions;

    @Autowired
    TestUsers testUsers;

    @Test
    void staffAcceptsTheRiskOfACompliantFailureAndRecoversFromTheOtherOnADesktop() {
        walk(new Journey(browser, port, false));
    }

    @Test
    void staffAcceptsTheRiskOfACompliantFailureAndRecoversFromTheOtherOnAPhone() {
        walk(new Journey(browser, port, true));
    }

    private void walk(Journey journey) {
        // given two tasks approved in 2026 (under the 2025 law) that failed their acceptance
        TaskApproved compliant = failedTask();
        TaskApproved notCompliant = failedTask();
        String staff = testUsers.create(Role.STAFF);
        journey.signIn(staff);

        // when STAFF opens the first from "Việc của tôi" and records that the procedures were followed
        assess(journey, compliant, true, "");

        // then the task page says the risk is accepted and nothing is recovered
        Browser.expectText(browser, By.id("task-stage"), RISK_ACCEPTED::equals, RISK_ACCEPTED);
        assertThat(browser.findElement(By.id("risk-outcome")).getText())
                .contains("chấp nhận rủi ro")
                .doesNotContain("₫");
        assertThat(browser.findElements(By.id("risk-form"))).isEmpty();
        fitsTheScreen(journey);
        Browser.screenshot(browser, "risk-" + journey.width() + "-1-accepted");

        // and its public page and the public register say so
        publicStage(journey, compliant, RISK_ACCEPTED, "RISK_ACCEPTED");

        // when STAFF records for the second that they were not followed, with 250 million to recover
        journey.openMyWork();
        assess(journey, notCompliant, false, "250.000.000");

        // then the task page shows the amount in đồng, and the public register shows the recovery
        Browser.expectText(browser, By.id("task-stage"), FUNDS_RECOVERY::equals, FUNDS_RECOVERY);
        assertThat(browser.findElement(By.id("risk-outcome")).getText()).contains("250.000.000 ₫");
        fitsTheScreen(journey);
        Browser.screenshot(browser, "risk-" + journey.width() + "-2-recovery");
        publicStage(journey, notCompliant, FUNDS_RECOVERY, "FUNDS_RECOVERY");

        // and neither waits on "Việc của tôi" any more
        journey.openMyWork();
        assertThat(journey.workItem(itemText(compliant))).isNull();
        assertThat(journey.workItem(itemText(notCompliant))).isNull();
    }

    /** From "Việc của tôi", opens the failed task and fills in its compliance assessment. */
    private void assess(Journey journey, TaskApproved task, boolean followed, String recovery) {
        WebElement item = journey.workItem(itemText(task));
        assertThat(item).as("the failed task on Việc của tôi").isNotNull();
        item.click();
        WebElement form = browser.findElement(By.id("risk-form"));
        fitsTheScreen(journey);
        legendInsideItsFieldset(journey, form);
        form.findElement(By.cssSelector("input[name=compliant][value=" + (followed ? "yes" : "no") + "]"))
                .click();
        form.findElement(By.id("riskAssessors")).sendKeys("Tổ kiểm tra của Sở (QĐ 15/QĐ-SKHCN)");
        form.findElement(By.id("riskEvidence"))
                .sendKeys(followed ? "Biên bản kiểm tra hồ sơ thực hiện; nhật ký thí nghiệm" : "Chi sai nội dung");
        form.findElement(By.id("riskDecision")).sendKeys(followed ? "17/QĐ-SKHCN" : "18/QĐ-SKHCN");
        if (!recovery.isEmpty()) {
            form.findElement(By.id("riskRecovery")).sendKeys(recovery);
        }
        Browser.screenshot(browser, "risk-" + journey.width() + "-form-" + (followed ? "yes" : "no"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã ghi nhận kết quả đánh giá tuân thủ.");
    }

    /** The task's public page, then the public register filtered by the stage, show {@code label}. */
    private void publicStage(Journey journey, TaskApproved task, String label, String stage) {
        browser.findElement(By.id("public-page")).click();
        Browser.expectText(browser, By.id("task-state"), label::equals, label);
        fitsTheScreen(journey);
        browser.findElement(By.cssSelector("p.meta a[href='/tasks']")).click();
        new Select(browser.findElement(By.id("stage"))).selectByValue(stage);
        browser.findElement(By.cssSelector("#task-filters button[type=submit]")).click();
        // the filtered register replaces the page: wait for it, then for the row (the unfiltered one has it too)
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("stage=" + stage));
        Browser.expectText(
                browser,
                By.xpath("//table[@id='tasks']//tr[td[1][normalize-space(.)='" + task.code()
                        + "']]//*[contains(concat(' ', @class, ' '), ' task-stage ')]"),
                label::equals,
                label);
        fitsTheScreen(journey);
        Browser.screenshot(browser, "risk-" + journey.width() + "-register-" + stage);
    }

    private void fitsTheScreen(Journey journey) {
        if (journey.width().equals("phone")) {
            assertThat(journey.pageWidth()).as(browser.getCurrentUrl()).isLessThanOrEqualTo(390);
        }
    }

    /**
     * On a phone the question of the form's fieldset wraps; it must lie inside the fieldset's border,
     * not across it (issue 18: the legend overlapped the border at 390 px).
     */
    private void legendInsideItsFieldset(Journey journey, WebElement form) {
        if (!journey.width().equals("phone")) {
            return;
        }
        WebElement fieldset = form.findElement(By.tagName("fieldset"));
        WebElement legend = fieldset.findElement(By.tagName("legend"));
        double border =
                Double.parseDouble(fieldset.getCssValue("border-top-width").replace("px", ""));
        org.openqa.selenium.Rectangle box = fieldset.getRect();
        org.openqa.selenium.Rectangle inner = legend.getRect();
        assertThat(inner.getY())
                .as("the legend's top below the fieldset's top border")
                .isGreaterThanOrEqualTo((int) Math.ceil(box.getY() + border));
        assertThat(inner.getX()).as("the legend's left edge").isGreaterThanOrEqualTo(box.getX());
        assertThat(inner.getX() + inner.getWidth())
                .as("the legend's right edge")
                .isLessThanOrEqualTo(box.getX() + box.getWidth());
        assertThat(inner.getY() + inner.getHeight())
                .as("the legend's bottom")
                .isLessThanOrEqualTo(box.getY() + box.getHeight());
    }

    private TaskApproved failedTask() {
        return FailedTasks.failed(
                calls, dossiers, tasks, executions, testUsers.organisation(), LocalDate.of(2026, 3, 2));
    }

    private static String itemText(TaskApproved task) {
        return "Đánh giá việc tuân thủ quy trình của nhiệm vụ " + task.code() + " (không đạt nghiệm thu)";
    }
}
