package vn.doimoi.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test's lifecycle: a fresh headless Chromium before each test ({@link Browser#start}),
 * closed after it, and the port of the application the subclass's Spring configuration started.
 */
abstract class BrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
