package vn.doimoi.browser;

import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.doimoi.TestUsers;

/**
 * What the role journeys of issue 18 share: a desktop (1366 × 900) or a phone (390 × 844) window,
 * signing in from the sign-in page, and reaching the header's links as the person would (opening
 * the folded menu on a phone) instead of typing an address.
 */
final class Journey {

    private final WebDriver browser;
    private final int port;
    private final boolean phone;

    Journey(WebDriver browser, int port, boolean phone) {
        this.browser = browser;
        this.port = port;
        this.phone = phone;
        if (phone) {
            ((ChromeDriver) browser)
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            browser.manage().window().setSize(new Dimension(390, 844));
        } else {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    /** "desktop" or "phone", for the screenshots' names. */
    String width() {
        return phone ? "phone" : "desktop";
    }

    /** Signs in from the sign-in page and waits for where sign-in lands. */
    void signIn(String username) {
        signIn(username, TestUsers.PASSWORD);
    }

    /** The same with another password (the demo accounts'). */
    void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
    }

    /** Clicks a link of the header (the inbox bell, a section of the menu), unfolding the menu on a phone. */
    void clickHeaderLink(By link) {
        WebElement element = browser.findElement(link);
        if (!element.isDisplayed()) {
            browser.findElement(By.cssSelector(".menu-toggle")).click();
        }
        element.click();
    }

    /** A part of the innovation ecosystem: the menu's one entry to its hub, then the hub's link to {@code path}. */
    void openEcosystem(String path) {
        clickHeaderLink(By.id("nav-ecosystem"));
        browser.findElement(By.cssSelector("main a[href='" + path + "']")).click();
    }

    /** Back to "Việc của tôi" from the menu. */
    void openMyWork() {
        clickHeaderLink(By.cssSelector("#site-sections a[href='/me']"));
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
    }

    /** The line of "Việc của tôi" whose text is {@code text}, or null when there is none. */
    WebElement workItem(String text) {
        return browser.findElements(By.cssSelector(".work-items li a")).stream()
                .filter(link -> link.getText().equals(text))
                .findFirst()
                .orElse(null);
    }

    /** The first line of "Việc của tôi" whose text starts with {@code start}, or null when there is none. */
    WebElement workItemStarting(String start) {
        return browser.findElements(By.cssSelector(".work-items li a")).stream()
                .filter(link -> link.getText().startsWith(start))
                .findFirst()
                .orElse(null);
    }

    /** Whether the page is wider than the window (it scrolls sideways). */
    long pageWidth() {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
    }
}
