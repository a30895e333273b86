package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * "Việc của tôi" (issue 18) on the demo content: each demo account signs in, lands on its work with
 * at least one line, and every item of the menu it sees opens without an error page, on a desktop
 * (1366 px) and on a phone (390 px). Screenshots in target/screenshots/.
 */
class MyWorkBrowserIT extends DemoBrowserTest {

    /** The demo accounts (README), and the administrator the test profile sets up. */
    private static final List<List<String>> ACCOUNTS = List.of(
            List.of("canbo", DEMO_PASSWORD),
            List.of("bientap", DEMO_PASSWORD),
            List.of("chuyengia", DEMO_PASSWORD),
            List.of("doanhnghiep", DEMO_PASSWORD),
            List.of("coquan", DEMO_PASSWORD),
            List.of("moigioi", DEMO_PASSWORD),
            List.of("admin", "tram-kiem-thu-7391"));

    @Test
    void everyDemoRoleLandsOnItsWorkAndEveryMenuItemOpensOnADesktop() {
        walkEveryRole(1366, 900, false);
    }

    @Test
    void everyDemoRoleLandsOnItsWorkAndEveryMenuItemOpensOnAPhone() {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        walkEveryRole(390, 844, true);
    }

    private void walkEveryRole(int width, int height, boolean phone) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        List<String> problems = new ArrayList<>();
        for (List<String> account : ACCOUNTS) {
            String user = account.get(0);
            browser.manage().deleteAllCookies();
            // given the person signs in from the sign-in link
            browser.get(url("/login"));
            browser.findElement(By.id("username")).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys(account.get(1));
            browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

            // then "Việc của tôi" opens, with at least one thing waiting and a link to it
            Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
            assertThat(browser.getCurrentUrl()).as(user).endsWith("/me");
            List<WebElement> items = browser.findElements(By.cssSelector(".work-items li a"));
            assertThat(items).as(user + ": work items").isNotEmpty();
            if (phone) {
                long pageWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth");
                if (pageWidth > width) {
                    problems.add(user + ": /me is " + pageWidth + " px wide");
                }
            }
            Browser.screenshot(browser, "me-" + width + "-" + user);
            String firstItem = items.get(0).getAttribute("href");

            // and every item of the menu the person sees opens a page, not an error
            List<String> menu = menuLinks(phone);
            assertThat(menu).as(user + ": menu").contains(url("/me"));
            for (String link : menu) {
                browser.get(url("/me"));
                click(link, phone);
                checkNoError(user, link, problems);
                if (phone) {
                    // issue 18: no page of a signed-in person's menu scrolls sideways on a phone either
                    long pageWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                            .executeScript("return document.documentElement.scrollWidth");
                    if (pageWidth > width) {
                        problems.add(user + ": " + link + " is " + pageWidth + " px wide");
                    }
                }
            }
            browser.get(firstItem);
            checkNoError(user, firstItem, problems);
        }
        assertThat(problems)
                .as("menu items or work lines that answer an error or scroll sideways")
                .isEmpty();
    }

    /** The menu's links, as the person sees them (opening the folded menu on a phone). */
    private List<String> menuLinks(boolean phone) {
        openMenu(phone);
        List<String> links = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector("#site-sections a"))) {
            links.add(link.getAttribute("href"));
        }
        return links;
    }

    private void click(String href, boolean phone) {
        openMenu(phone);
        for (WebElement link : browser.findElements(By.cssSelector("#site-sections a"))) {
            if (href.equals(link.getAttribute("href"))) {
                link.click();
                return;
            }
        }
        throw new AssertionError("menu item gone: " + href);
    }

    private void openMenu(boolean phone) {
        if (phone && !browser.findElement(By.id("site-sections")).isDisplayed()) {
            browser.findElement(By.cssSelector(".menu-toggle")).click();
        }
    }

    private void checkNoError(String user, String link, List<String> problems) {
        // the page has loaded once its footer is there; then an error page shows its code at once
        browser.findElement(By.cssSelector("footer.site-footer"));
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        List<WebElement> error = browser.findElements(By.cssSelector(".error-page .error-code"));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        if (!error.isEmpty()) {
            problems.add(user + ": " + link + " answered " + error.get(0).getText());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
