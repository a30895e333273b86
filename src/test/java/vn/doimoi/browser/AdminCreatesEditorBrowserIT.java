package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator signs in, creates an editor, signs out, and the editor signs in: in a real
 * browser against the running application. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminCreatesEditorBrowserIT {

    @LocalServerPort
    int port;

    private WebDriver browser;

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

    @Test
    void adminCreatesAnEditorWhoThenSignsIn() {
        String username = "bientap-" + UUID.randomUUID().toString().substring(0, 6);

        // given the administrator signs in from the home page
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        Browser.screenshot(browser, "01-home");
        browser.findElement(By.linkText("Đăng nhập")).click();
        signIn("admin", "tram-kiem-thu-7391");
        assertThat(browser.findElement(By.cssSelector(".account .user-name")).getText())
                .isEqualTo("Quản trị hệ thống");

        // when they create a user with the role EDITOR
        browser.findElement(By.linkText("Người dùng")).click();
        browser.findElement(By.linkText("Thêm người dùng")).click();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("Trần Minh Khoa");
        browser.findElement(By.id("email")).sendKeys(username + "@baotinh.vn");
        browser.findElement(By.id("password")).sendKeys("so-tay-phong-vien-42");
        browser.findElement(By.cssSelector("input[name=roles][value=EDITOR]")).click();
        Browser.screenshot(browser, "02-new-editor-form");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // then the list shows the new editor
        assertThat(browser.findElement(By.cssSelector(".alert.notice")).getText())
                .isEqualTo("Đã tạo người dùng.");
        assertThat(browser.findElement(By.cssSelector("table.data")).getText())
                .contains(username)
                .contains("Trần Minh Khoa")
                .contains("Biên tập viên");
        Browser.screenshot(browser, "03-users-with-editor");

        // when the administrator signs out and the editor signs in
        browser.findElement(By.cssSelector(".account button")).click();
        browser.findElement(By.linkText("Đăng nhập")).click();
        signIn(username, "so-tay-phong-vien-42");

        // then the editor is signed in, and sees no administration
        assertThat(browser.findElement(By.cssSelector(".account .user-name")).getText())
                .isEqualTo("Trần Minh Khoa");
        assertThat(browser.findElements(By.linkText("Người dùng"))).isEmpty();
        Browser.screenshot(browser, "04-editor-signed-in");
    }

    @Test
    void aWrongPasswordIsExplainedInVietnamese() {
        browser.get(url("/login"));
        signIn("admin", "sai-mat-khau");

        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText())
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        Browser.screenshot(browser, "05-wrong-password");
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
