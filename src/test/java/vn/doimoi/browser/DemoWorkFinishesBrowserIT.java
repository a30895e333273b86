package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Finishes on the demo" (issue 18): the demo accounts sign in, open "Việc của tôi", open an item
 * of work on a demo record, finish it in the browser, and see it gone from their work. STAFF
 * ({@code canbo}, on a desktop) opens the dossiers of the call whose deadline passed yesterday;
 * the enterprise ({@code doanhnghiep}, on a phone) reconfirms its listing that expires in ten
 * days. Screenshots in target/screenshots/.
 */
class DemoWorkFinishesBrowserIT extends DemoBrowserTest {

    @Test
    void theDemoOfficerOpensTheDossiersOfTheCallPastItsDeadlineOnADesktop() {
        Journey journey = new Journey(browser, port, false);
        // given the demo STAFF user on "Việc của tôi": the call whose deadline passed is closed, its dossiers to open
        journey.signIn("canbo", DEMO_PASSWORD);
        WebElement item = journey.workItemStarting("Mở hồ sơ đợt NV-2026-");
        assertThat(item).as("dossiers to open on the demo").isNotNull();
        String line = item.getText();
        String code = line.substring("Mở hồ sơ đợt ".length(), line.indexOf(':'));
        Browser.screenshot(browser, "demo-canbo-1-my-work");

        // when the officer opens it and records the opening with its minutes
        item.click();
        WebElement form = browser.findElement(By.id("open-dossiers"));
        assertThat(form.findElements(By.cssSelector("#call-dossiers tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        form.findElement(By.id("minutes"))
                .sendKeys("Tổ chuyên gia mở hồ sơ lúc 08:30; các hồ sơ đầy đủ thành phần theo thông báo.");
        Browser.screenshot(browser, "demo-canbo-2-opening");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã mở hồ sơ và ghi nhận kết quả kiểm tra tính hợp lệ.");

        // then the line is gone from its work, and the next step of that call is there
        journey.openMyWork();
        assertThat(journey.workItemStarting("Mở hồ sơ đợt " + code)).isNull();
        assertThat(journey.workItemStarting("Thành lập hội đồng tuyển chọn đợt " + code))
                .isNotNull();
        Browser.screenshot(browser, "demo-canbo-3-done");
    }

    @Test
    void theDemoEnterpriseReconfirmsItsExpiringListingOnAPhone() {
        Journey journey = new Journey(browser, port, true);
        // given the demo enterprise's member on "Việc của tôi", one of its listings expiring
        journey.signIn("doanhnghiep", DEMO_PASSWORD);
        WebElement item = journey.workItemStarting("Tin “");
        assertThat(item).as("a listing to reconfirm on the demo").isNotNull();
        String line = item.getText();
        assertThat(line).contains("sắp hết hạn hiển thị, cần xác nhận lại");
        String title = line.substring("Tin “".length(), line.indexOf('”'));
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "demo-doanhnghiep-1-my-work");

        // when the member opens it and reconfirms that listing
        item.click();
        WebElement row = browser.findElement(By.xpath("//tr[td[1]/a[normalize-space(.)=" + xpathLiteral(title) + "]]"));
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "demo-doanhnghiep-2-my-listings");
        row.findElement(By.cssSelector("form[action$='/reconfirm'] button")).click();
        Browser.expectNotice(browser, "Đã gia hạn tin.");

        // then it is no longer waiting for the member
        journey.openMyWork();
        assertThat(journey.workItemStarting("Tin “" + title + "”")).isNull();
        Browser.screenshot(browser, "demo-doanhnghiep-3-done");
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
