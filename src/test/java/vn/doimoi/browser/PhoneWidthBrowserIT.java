package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every public page at phone width (390 × 844, as a phone reports it): the page never scrolls
 * sideways, the menu is folded behind its button and opens with it, and the header stays under a
 * quarter of the first screen. The pages are the portal's list pages and, found from their links,
 * one or two detail pages of each kind, on the demo content. Screenshots in target/screenshots/.
 */
// The demo loads only into a database it has to itself (each loader stands back where its kind of
// record exists): on the embedded server, even where CI points the other tests at its shared database.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
@ActiveProfiles({"test", "demo"})
class PhoneWidthBrowserIT {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeEach
    void openPhoneBrowser() throws Exception {
        browser = Browser.start();
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noPublicPageScrollsSidewaysAndTheMenuFoldsAtPhoneWidth() {
        // given the public list pages and one or two pages of each kind they link to
        Set<String> pages = PublicPages.all(browser, url(""));
        assertThat(pages).as("detail pages found from the lists").hasSizeGreaterThan(PublicPages.LISTS.size() + 8);

        List<String> problems = new ArrayList<>();
        int shot = 0;
        for (String page : pages) {
            // when a phone opens it
            browser.get(url(page));
            // then nothing makes it wider than the screen
            long pageWidth = number("return document.documentElement.scrollWidth");
            long screen = number("return window.innerWidth");
            if (pageWidth > screen) {
                problems.add(page + " is " + pageWidth + " px wide on a " + screen + " px screen: " + widest());
            }
            // and the menu is folded, the header short
            if (browser.findElement(By.id("site-sections")).isDisplayed()) {
                problems.add(page + ": the menu is not folded");
            }
            long header = number("return document.querySelector('.site-header').getBoundingClientRect().height");
            if (header * 4 > HEIGHT) {
                problems.add(page + ": the header is " + header + " px high");
            }
            if (shot < 12 && PublicPages.LISTS.contains(page)) {
                Browser.screenshot(browser, "phone-" + String.format("%02d", ++shot) + "-" + slug(page));
            }
        }
        assertThat(problems).as("pages that do not fit a phone").isEmpty();
    }

    @Test
    void theMenuButtonOpensAndClosesTheMenuOnAPhone() {
        // given the home page on a phone, its menu folded
        browser.get(url("/"));
        WebElement toggle = browser.findElement(By.cssSelector(".menu-toggle"));
        WebElement sections = browser.findElement(By.id("site-sections"));
        assertThat(sections.isDisplayed()).isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");

        // when the reader taps the menu button
        toggle.click();

        // then the sections and the search box are there, and the button says the menu is open
        assertThat(sections.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("header-q")).isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(WIDTH);
        Browser.screenshot(browser, "phone-menu-open");

        // and a second tap folds it again
        toggle.click();
        assertThat(sections.isDisplayed()).isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void theStaffTaskRegisterShowsEachTasksStageWithoutScrollingSideways() {
        // given the demo STAFF user signed in on a phone
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("canbo");
        browser.findElement(By.id("password")).sendKeys("doimoi-demo-2026");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");

        // when STAFF opens the task register from the menu
        browser.findElement(By.cssSelector(".menu-toggle")).click();
        browser.findElement(By.cssSelector("#site-sections a[href='/staff/tasks']"))
                .click();
        WebElement stage = browser.findElement(By.cssSelector("#staff-tasks tbody tr:first-child td.task-stage"));

        // then the first task's stage is on the screen, under its own column name, and the page is no wider
        long right = number("return document.querySelector('#staff-tasks tbody tr td.task-stage')"
                + ".getBoundingClientRect().right");
        assertThat(right).as("right edge of the first stage cell").isLessThanOrEqualTo(WIDTH);
        assertThat(stage.getText()).isNotBlank();
        assertThat(stage.getAttribute("data-label")).isEqualTo("Giai đoạn");
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(WIDTH);
        Browser.screenshot(browser, "phone-staff-tasks");
    }

    /** The elements that stick out past the right edge, for the failure message. */
    private String widest() {
        Object found = ((JavascriptExecutor) browser)
                .executeScript("var w = window.innerWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.right > w + 1 && out.length < 5) out.push(e.tagName.toLowerCase()"
                        + "    + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '')"
                        + "    + ' (' + Math.round(r.right) + ')');"
                        + "});"
                        + "return out.join(', ');");
        return String.valueOf(found);
    }

    private long number(String script) {
        Object value = ((JavascriptExecutor) browser).executeScript(script);
        return Math.round(((Number) value).doubleValue());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String slug(String page) {
        String s = page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "home" : s;
    }
}
