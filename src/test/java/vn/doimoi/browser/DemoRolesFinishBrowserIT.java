package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "Each of the six journeys finishes on the demo" (issue 18), for the four people
 * {@link DemoWorkFinishesBrowserIT} does not walk: the expert {@code chuyengia}, the agency
 * {@code coquan}, the broker {@code moigioi} and the editor {@code bientap} sign in, land on
 * "Việc của tôi" and finish their main job on the demo's own records by clicking only; first on a
 * desktop (1366 × 900), then the rest of the same work on a phone (390 × 844), again from "Việc của
 * tôi". Each line of work they finish leaves "Việc của tôi". Screenshots in target/screenshots/.
 */
class DemoRolesFinishBrowserIT extends DemoBrowserTest {

    private static final String DEMO_PASSWORD = "doimoi-demo-2026";
    private static final int PHONE_WIDTH = 390;

    @Test
    void theDemoExpertDeclaresAConflictOnOneCouncilAndScoresOnTheOthers() {
        // given the demo expert on "Việc của tôi" on a desktop: an invitation to declare, sheets to score
        Journey desktop = new Journey(browser, port, false);
        desktop.signIn("chuyengia", DEMO_PASSWORD);
        WebElement invitation = desktop.workItemStarting("Khai báo xung đột lợi ích: hội đồng tuyển chọn đợt ");
        assertThat(invitation).as("an invitation on the demo").isNotNull();
        String invitationLine = invitation.getText();
        Browser.screenshot(browser, "demo-chuyengia-desktop-1-my-work");

        // when the expert follows the invitation and declares a conflict of interest
        invitation.click();
        assertThat(browser.findElement(By.id("council-state")).getText()).isEqualTo("Đang thành lập");
        browser.findElement(By.cssSelector("#conflict-form button")).click();

        // then the expert is off that council, and its invitation has left "Việc của tôi"
        Browser.expectNotice(browser, "Đã ghi nhận khai báo có xung đột lợi ích: thành viên không tham gia đánh giá");
        assertThat(browser.findElement(By.id("my-seat-section")).getText())
                .contains("Bạn không tham gia đánh giá do xung đột lợi ích.");
        Browser.screenshot(browser, "demo-chuyengia-desktop-2-conflict-declared");
        desktop.openMyWork();
        assertThat(desktop.workItem(invitationLine))
                .as("the invitation after the declaration")
                .isNull();

        // and the expert scores one council in session on the desktop, the other on a phone
        scoreTheFirstCouncil(desktop);
        Journey phone = new Journey(browser, port, true);
        phone.signIn("chuyengia", DEMO_PASSWORD);
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        scoreTheFirstCouncil(phone);
        assertThat(phone.workItemStarting("Chấm phiếu: "))
                .as("sheets left to score")
                .isNull();
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='me.section.scoring']"))
                        .getText())
                .contains("Không có phiếu nào chờ bạn chấm.");
        Browser.screenshot(browser, "demo-chuyengia-phone-3-nothing-left");
    }

    /** From "Việc của tôi", opens the first council waiting for sheets and scores every dossier, choosing each mark. */
    private void scoreTheFirstCouncil(Journey journey) {
        WebElement item = journey.workItemStarting("Chấm phiếu: hội đồng tuyển chọn đợt ");
        assertThat(item).as("a council to score on the demo").isNotNull();
        String line = item.getText();
        item.click();
        assertThat(browser.findElement(By.id("council-state")).getText()).isEqualTo("Đang họp");
        // the other members' paper sheets are in, but a member scoring does not see their count
        assertThat(browser.findElements(By.id("results")))
                .as("the count before the conclusion")
                .isEmpty();
        List<String> sheets = browser.findElements(By.cssSelector("#my-seat-section .score-form")).stream()
                .map(form -> form.getAttribute("id"))
                .toList();
        assertThat(sheets).isNotEmpty();
        for (String sheet : sheets) {
            WebElement form = browser.findElement(By.id(sheet));
            List<WebElement> marks = form.findElements(By.cssSelector("input.score"));
            // no mark comes pre-filled: the member chooses each one
            assertThat(marks)
                    .allSatisfy(mark -> assertThat(mark.getAttribute("value")).isEmpty());
            int total = 0;
            for (WebElement mark : marks) {
                int chosen = Integer.parseInt(mark.getAttribute("max")) * 3 / 4;
                mark.sendKeys(Integer.toString(chosen));
                total += chosen;
            }
            assertThat(form.findElement(By.cssSelector("output.score-total")).getText())
                    .isEqualTo(Integer.toString(total));
            form.findElement(By.tagName("textarea"))
                    .sendKeys("Nội dung phù hợp đặt hàng; cần làm rõ phương án chuyển giao.");
            if (journey.width().equals("phone")) {
                assertThat(journey.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
            }
            Browser.screenshot(browser, "demo-chuyengia-" + journey.width() + "-sheet");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            Browser.expectNotice(browser, "Đã lưu phiếu đánh giá.");
            Browser.expectText(
                    browser,
                    By.cssSelector("#" + sheet + " output.score-total"),
                    Integer.toString(total)::equals,
                    Integer.toString(total));
        }
        journey.openMyWork();
        assertThat(journey.workItem(line))
                .as("the council once every sheet is in")
                .isNull();
    }

    @Test
    void theDemoAgencyReportsItsLateAssignmentsAfterTheirReminders() {
        // given the demo agency on a desktop: the bell counts unread notices, the late reports wait on its work
        Journey desktop = new Journey(browser, port, false);
        desktop.signIn("coquan", DEMO_PASSWORD);
        assertThat(browser.findElement(By.cssSelector(".inbox .badge")).getAttribute("aria-label"))
                .isNotBlank();
        Browser.screenshot(browser, "demo-coquan-desktop-1-my-work");

        // when it reports on one late assignment on the desktop, and on the other on a phone
        reportTheFirstLateAssignment(desktop);
        Journey phone = new Journey(browser, port, true);
        phone.signIn("coquan", DEMO_PASSWORD);
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        reportTheFirstLateAssignment(phone);

        // then no late report is left on "Việc của tôi"
        assertThat(phone.workItemStarting("Báo cáo định kỳ trễ hạn: "))
                .as("late reports left")
                .isNull();
        Browser.screenshot(browser, "demo-coquan-phone-4-nothing-late");
    }

    /**
     * Reads the overdue notice of the first late assignment in the inbox, then from "Việc của tôi"
     * opens that assignment and sends the report of the period the notice names.
     */
    private void reportTheFirstLateAssignment(Journey journey) {
        WebElement late = journey.workItemStarting("Báo cáo định kỳ trễ hạn: ");
        assertThat(late).as("a late report on the demo").isNotNull();
        String line = late.getText();
        String title = line.substring("Báo cáo định kỳ trễ hạn: ".length());

        // the reminder is in the inbox: the overdue notice of that assignment, naming the period
        journey.clickHeaderLink(By.cssSelector("a.inbox"));
        WebElement notice = browser.findElements(By.cssSelector("ul.notifications li h2 a")).stream()
                .filter(each -> each.getText().startsWith("Quá hạn báo cáo: " + title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no overdue notice about " + title + " in the inbox"));
        String href = notice.getAttribute("href");
        String period = href.substring(href.indexOf("period=") + "period=".length());
        Browser.screenshot(browser, "demo-coquan-" + journey.width() + "-2-inbox");

        // back on "Việc của tôi", the line opens the assignment, whose page offers that period's report
        journey.openMyWork();
        journey.workItem(line).click();
        Browser.expectText(browser, By.tagName("h1"), title::equals, title);
        browser.findElement(By.cssSelector("a[href$='/new?period=" + period + "']"))
                .click();
        assertThat(new Select(browser.findElement(By.id("period")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(period);
        new Select(browser.findElement(By.id("progress"))).selectByValue("IN_PROGRESS");
        browser.findElement(By.id("narrative"))
                .sendKeys("Đã triển khai tại 6 xã; 18 hợp tác xã tham gia, kết quả được tổng hợp theo mẫu của Sở.");
        if (journey.width().equals("phone")) {
            assertThat(journey.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        }
        Browser.screenshot(browser, "demo-coquan-" + journey.width() + "-3-report");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã gửi báo cáo.");
        assertThat(browser.findElement(By.id("report-state")).getText()).isEqualTo("Chờ xem xét");

        journey.openMyWork();
        assertThat(journey.workItem(line)).as("the late line after the report").isNull();
    }

    @Test
    void theDemoBrokerFollowsItsDealAndWritesInItsThread() {
        for (boolean phone : new boolean[] {false, true}) {
            Journey journey = new Journey(browser, port, phone);
            // given the demo broker on "Việc của tôi", a deal it was chosen for
            journey.signIn("moigioi", DEMO_PASSWORD);
            WebElement deal = journey.workItemStarting("Giao dịch: ");
            assertThat(deal).as("a deal of the demo broker").isNotNull();
            String line = deal.getText();
            Browser.screenshot(browser, "demo-moigioi-" + journey.width() + "-1-my-work");

            // when it opens the deal and writes to the parties in the deal's thread
            deal.click();
            assertThat(browser.findElement(By.id("deal-broker")).getText())
                    .isEqualTo("Huỳnh Tấn Đạt (tư vấn chuyển giao)");
            int before = browser.findElements(By.cssSelector("#thread-messages li:not(#thread-empty)"))
                    .size();
            String message = "Tôi đề nghị hai bên gặp tại xưởng vào thứ Năm (" + journey.width() + ").";
            browser.findElement(By.id("message-text")).sendKeys(message);
            browser.findElement(By.cssSelector("#message-form button")).click();

            // then the message follows the earlier ones, as the broker's own
            Browser.expectNotice(browser, "Đã gửi tin nhắn.");
            List<WebElement> thread = browser.findElements(By.cssSelector("#thread-messages li:not(#thread-empty)"));
            assertThat(thread).hasSize(before + 1);
            assertThat(thread.get(before).getText()).contains("Nhà môi giới", message);
            assertThat(thread.get(before).getAttribute("class")).contains("mine");
            if (journey.width().equals("phone")) {
                assertThat(journey.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
            }
            Browser.screenshot(browser, "demo-moigioi-" + journey.width() + "-2-thread");

            // and the deal, still under way, stays on the broker's work
            journey.openMyWork();
            assertThat(journey.workItem(line)).isNotNull();
        }
    }

    @Test
    void theDemoEditorPublishesTheArticlesWaitingForReview() {
        for (boolean phone : new boolean[] {false, true}) {
            Journey journey = new Journey(browser, port, phone);
            // given the demo editor on "Việc của tôi", an article waiting for review
            journey.signIn("bientap", DEMO_PASSWORD);
            WebElement waiting = journey.workItemStarting("Bài “");
            assertThat(waiting).as("an article in review on the demo").isNotNull();
            String line = waiting.getText();
            assertThat(line).endsWith("” chờ duyệt");
            String title = line.substring("Bài “".length(), line.lastIndexOf('”'));
            Browser.screenshot(browser, "demo-bientap-" + journey.width() + "-1-my-work");

            // when the editor opens it and publishes it
            waiting.click();
            browser.findElement(By.cssSelector("button.transition-published")).click();
            Browser.expectText(browser, By.cssSelector(".workflow .status"), "Đã xuất bản"::equals, "\"Đã xuất bản\"");
            if (journey.width().equals("phone")) {
                assertThat(journey.pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
            }

            // then the portal shows it, and it no longer waits on "Việc của tôi"
            browser.findElement(By.linkText("Xem trên cổng")).click();
            Browser.expectText(browser, By.cssSelector("h1.article-title"), title::equals, title);
            Browser.screenshot(browser, "demo-bientap-" + journey.width() + "-2-published");
            journey.openMyWork();
            assertThat(journey.workItem(line)).as("the article once published").isNull();
        }
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='me.section.articles']"))
                        .getText())
                .doesNotContain("chờ duyệt");
    }
}
