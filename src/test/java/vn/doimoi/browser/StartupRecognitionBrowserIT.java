package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 21's startups on the demo: {@code doanhnghiep} makes Mộc Hoá Agritech's startup profile and
 * applies; {@code canbo} finds the application on "Việc của tôi", confirms the criteria and recognises
 * it; a visitor on a 390 px phone finds it on the public list filtered to startups, beside the demo's
 * recognised drier, and opens its page. Screenshots in target/screenshots/.
 */
class StartupRecognitionBrowserIT extends DemoBrowserTest {

    private static final String PRODUCT = "Hệ thống tưới tiết kiệm nước cho rau công nghệ cao";

    @Test
    void anEnterpriseAppliesStaffRecogniseAndAPhoneVisitorFindsItOnThePublicList() {
        // given the demo enterprise's member, on its startup profile page from the menu
        Journey desk = new Journey(browser, port, false);
        desk.signIn("doanhnghiep", DEMO_PASSWORD);
        desk.openEcosystem("/ecosystem/startups");
        browser.findElement(By.id("my-profile-link")).click();
        Browser.expectText(browser, By.tagName("h1"), text -> text.startsWith("Hồ sơ khởi nghiệp"), "my profile");

        // when it fills the profile as a startup and saves
        WebElement form = browser.findElement(By.id("profile-form"));
        new Select(form.findElement(By.id("kind"))).selectByValue("STARTUP");
        new Select(form.findElement(By.id("stage"))).selectByValue("EARLY");
        form.findElement(By.id("foundedYear")).sendKeys("2023");
        form.findElement(By.id("product")).sendKeys(PRODUCT);
        form.findElement(By.id("productDescription"))
                .sendKeys("Tưới nhỏ giọt theo độ ẩm đất, điều khiển qua điện thoại.");
        new Select(form.findElement(By.id("fieldCodes"))).selectByValue("401");
        form.findElement(By.id("teamSize")).sendKeys("5");
        form.findElement(By.id("team")).sendKeys("Phạm Quốc Bảo và bốn kỹ sư nông nghiệp");
        form.findElement(By.id("roundName-0")).sendKeys("Hạt giống");
        form.findElement(By.id("roundYear-0")).sendKeys("2024");
        new Select(form.findElement(By.id("roundRange-0"))).selectByValue("FROM_500M_TO_2B");
        Browser.screenshot(browser, "startup-1-profile-form");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã lưu hồ sơ.");
        assertThat(browser.findElement(By.id("profile-state")).getText()).isEqualTo("Chưa gửi đề nghị công nhận");

        // and applies for recognition
        browser.findElement(By.cssSelector("#apply-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã gửi đề nghị công nhận đến Sở.");
        assertThat(browser.findElement(By.id("profile-state")).getText()).isEqualTo("Đang chờ Sở xem xét");
        Browser.screenshot(browser, "startup-2-applied");

        // then STAFF find it on "Việc của tôi" and open it
        desk.signIn("canbo", DEMO_PASSWORD);
        WebElement line = desk.workItem("Xem xét công nhận khởi nghiệp: " + PRODUCT);
        assertThat(line).as("the application on canbo's Việc của tôi").isNotNull();
        line.click();
        Browser.expectText(browser, By.tagName("h1"), text -> text.contains("Mộc Hoá"), "the application");

        // when they recognise it without confirming every criterion, it is refused with the reason
        WebElement decision = browser.findElement(By.id("recognise-form"));
        decision.findElements(By.name("criteria")).get(0).click();
        decision.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectText(
                browser, By.cssSelector(".alert"), text -> text.contains("chưa được xác nhận"), "the missing criteria");

        // and when they confirm them all, it is recognised under the rule version in force
        decision = browser.findElement(By.id("recognise-form"));
        for (WebElement box : decision.findElements(By.name("criteria"))) {
            if (!box.isSelected()) {
                box.click();
            }
        }
        Browser.screenshot(browser, "startup-3-criteria");
        decision.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã công nhận.");
        assertThat(browser.findElement(By.id("profile-state")).getText()).isEqualTo("Đã được công nhận");
        assertThat(browser.findElement(By.id("decided-rule")).getText()).isEqualTo("KN-ND268-2025");

        // then a visitor on a phone finds it on the public list of startups, and its page
        browser.manage().deleteAllCookies();
        Journey phone = new Journey(browser, port, true);
        browser.get("http://localhost:" + port + "/ecosystem/startups");
        new Select(browser.findElement(By.id("filter-kind"))).selectByValue("STARTUP");
        browser.findElement(By.cssSelector("#startup-filters button[type=submit]"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("kind=STARTUP"));
        Browser.expectText(browser, By.id("startups"), text -> text.contains(PRODUCT), "the filtered list");
        String list = browser.findElement(By.id("startups")).getText();
        assertThat(list).contains(PRODUCT).contains("Máy sấy thanh long").doesNotContain("Chương trình ươm tạo");
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "startup-4-public-list-phone");
        browser.findElement(By.linkText("Công ty Cổ phần Nông nghiệp Công nghệ cao Mộc Hoá"))
                .click();
        Browser.expectText(
                browser, By.tagName("h1"), "Công ty Cổ phần Nông nghiệp Công nghệ cao Mộc Hoá"::equals, "the profile");
        assertThat(browser.findElement(By.id("product")).getText()).isEqualTo(PRODUCT);
        assertThat(browser.findElement(By.id("funding-rounds")).getText()).contains("Từ 500 triệu đến 2 tỷ đồng");
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "startup-5-profile-phone");
    }
}
