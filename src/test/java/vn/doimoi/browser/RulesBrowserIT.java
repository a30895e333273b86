package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.projects.rules.RuleSets;

/**
 * Issue 19's "STAFF publishes a 2025 rule version in the browser", on the demo, at desktop and phone
 * width: the demo's {@code canbo} goes from the menu to the rule pages, drafts a new version from the
 * 2025 one, sets a value and confirms it by a text, writes the legal basis and publishes the version
 * from a day ahead; the task workflow then reads it for tasks approved from that day. (Days decades
 * ahead, so the demo's tasks and the other demo journeys keep the versions they were decided under.)
 */
class RulesBrowserIT extends DemoBrowserTest {

    @Autowired
    RuleSets ruleSets;

    @Test
    void staffPublishesAnAcceptanceCouncilVersionOnADesktop() {
        publish(new Journey(browser, port, false), "acceptance-council", "HĐ-ND267-2025", "HĐ-2048", "minMembers");
        assertThat(ruleSets.acceptanceCouncilFor(LocalDate.of(2048, 2, 1)).minMembers())
                .isEqualTo(7);
        assertThat(ruleSets.acceptanceCouncilFor(LocalDate.now()).minMembers()).isEqualTo(5);
    }

    @Test
    void staffPublishesAnIdentificationCouncilVersionOnAPhone() {
        Journey phone = new Journey(browser, port, true);
        publish(phone, "identification-council", "XD-ND267-2025", "XD-2048", "composition.minMembers");
        assertThat(ruleSets.identificationInForce(LocalDate.of(2048, 2, 1))
                        .composition()
                        .minMembers())
                .isEqualTo(7);
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(390);
    }

    private void publish(Journey journey, String kind, String from, String code, String path) {
        journey.signIn("canbo", DEMO_PASSWORD);
        journey.clickHeaderLink(By.cssSelector("a[href='/staff/rules']"));
        Browser.expectText(browser, By.tagName("h1"), "Quy định áp dụng"::equals, "Quy định áp dụng");
        browser.findElement(By.cssSelector("#" + kind + " a[href$='/" + from + "']"))
                .click();
        assertThat(browser.findElement(By.id("values")).getText()).contains("Chưa xác minh");

        browser.findElement(By.id("newCode")).sendKeys(code);
        browser.findElement(By.cssSelector("#draft-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã tạo dự thảo.");
        Browser.screenshot(browser, "rules-draft-" + journey.width());

        WebElement row = valueRow(path);
        WebElement value = row.findElement(By.cssSelector("input[name$='.value']"));
        value.clear();
        value.sendKeys("7");
        row.findElement(By.cssSelector("input[name$='.source']")).sendKeys("Quyết định 5/2047/QĐ-UBND, Điều 3");
        WebElement unverified = row.findElement(By.cssSelector("input[type=checkbox]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", unverified);
        if (unverified.isSelected()) {
            unverified.click();
        }
        WebElement citation = browser.findElement(By.id("citation"));
        citation.clear();
        citation.sendKeys("Quyết định 5/2047/QĐ-UBND của UBND tỉnh Tây Ninh");
        browser.findElement(By.cssSelector("#edit-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã lưu dự thảo.");

        ((JavascriptExecutor) browser).executeScript("document.getElementById('validFrom').value = '2048-01-01'");
        browser.findElement(By.cssSelector("#publish-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã ban hành phiên bản.");
        Browser.screenshot(browser, "rules-published-" + journey.width());
        assertThat(browser.findElement(By.id("version-status")).getText())
                .isEqualTo("Đã ban hành, chưa đến ngày hiệu lực");
        assertThat(browser.findElement(By.id("values")).getText())
                .contains("Quyết định 5/2047/QĐ-UBND, Điều 3")
                .contains("Đã đối chiếu văn bản");
        assertThat(browser.findElements(By.id("edit-form"))).isEmpty();
    }

    /** The editor's row of the value at {@code path}. */
    private WebElement valueRow(String path) {
        return browser.findElement(
                By.xpath("//table[@id='values']//tr[.//input[@type='hidden' and @value='" + path + "']]"));
    }
}
