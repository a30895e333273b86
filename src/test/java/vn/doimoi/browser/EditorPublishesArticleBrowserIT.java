package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * An editor writes a Vietnamese article and publishes it; anonymous readers open it, see the
 * view count and "Tin khác", and a new reader raises "Hôm nay". Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EditorPublishesArticleBrowserIT extends BrowserTest {

    @Autowired
    TestUsers testUsers;

    @Test
    void anEditorPublishesAnArticleThatReadersThenOpenOnADesktop() throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        publishAndRead("1366", false);
    }

    @Test
    void anEditorPublishesAnArticleThatReadersThenOpenOnAPhone() throws Exception {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.manage().window().setSize(new Dimension(390, 844));
        publishAndRead("390", true);
    }

    /**
     * Issue 18's EDITOR journey: from sign-in through "Việc của tôi" to the published article, by
     * links only; the public checks at the end open the article's address as a reader would.
     */
    private void publishAndRead(String width, boolean phone) throws Exception {
        String editor = testUsers.create(Role.EDITOR);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String title = "Nông dân Đức Hòa ứng dụng công nghệ tưới tiết kiệm nước " + marker;
        String waiting = "Bài “" + title + "” chờ duyệt";

        // given the editor signs in, lands on "Việc của tôi" and writes an article from the newsroom
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(editor);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
        assertThat(browser.getCurrentUrl()).endsWith("/me");
        assertThat(articlesWaiting()).doesNotContain(title);
        Browser.screenshot(browser, "editor-" + width + "-01-my-work");
        menu(phone, "Biên tập");
        browser.findElement(By.linkText("Viết bài mới")).click();
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("categoryId"))).selectByVisibleText("Tin hoạt động");
        browser.findElement(By.id("lead")).sendKeys("Mô hình tưới nhỏ giọt giúp tiết kiệm 40% lượng nước.");
        // the body is written in the rich-text editor (Quill), in bold where it matters
        WebElement body = browser.findElement(By.cssSelector(".rte-editor .ql-editor"));
        body.click();
        body.sendKeys("Năm 2024, 120 hộ dân xã Đức Hòa Hạ đã lắp đặt hệ thống tưới nhỏ giọt. ");
        browser.findElement(By.cssSelector(".ql-toolbar button.ql-bold")).click();
        body.sendKeys("Sở KH&CN hỗ trợ 50% kinh phí.");
        // and an image goes in through the upload endpoint, at the cursor
        browser.findElement(By.id("image")).sendKeys(photo().toString());
        assertThat(browser.findElement(By.cssSelector(".ql-editor img")).getAttribute("src"))
                .matches("http://localhost:\\d+/files/[0-9a-f]{64}\\.(png|jpg)");
        Browser.screenshot(browser, "10-editor-writes-article-" + width);
        browser.findElement(By.cssSelector("button.save-article")).click();

        // when they save it, give it a cover and send it for review
        Browser.expectNotice(browser, "Đã lưu bài viết.");
        String saved = browser.findElement(By.id("body")).getAttribute("value");
        assertThat(saved)
                .contains("<strong>Sở KH&amp;CN hỗ trợ 50% kinh phí.</strong>")
                .containsPattern("<img src=\"/files/[0-9a-f]{64}\\.(png|jpg)\"");
        assertThat(browser.findElement(By.cssSelector(".ql-editor strong")).getText())
                .isEqualTo("Sở KH&CN hỗ trợ 50% kinh phí.");
        browser.findElement(By.id("cover")).sendKeys(photo().toString());
        browser.findElement(By.cssSelector("button.upload-cover")).click();
        Browser.expectNotice(browser, "Đã cập nhật ảnh đại diện.");
        browser.findElement(By.cssSelector("button.transition-in_review")).click();
        Browser.expectNotice(browser, "Bài viết đã được gửi duyệt.");

        // then "Việc của tôi" lists it as waiting for review, and its link opens it to publish
        menu(phone, "Việc của tôi");
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
        assertThat(articlesWaiting()).contains(waiting);
        Browser.screenshot(browser, "editor-" + width + "-02-waiting-for-review");
        browser.findElement(By.linkText(waiting)).click();
        browser.findElement(By.cssSelector("button.transition-published")).click();
        // read across the page load the click starts (a read right after it raced the navigation)
        Browser.expectText(browser, By.cssSelector(".workflow .status"), "Đã xuất bản"::equals, "\"Đã xuất bản\"");
        String articleUrl = browser.findElement(By.linkText("Xem trên cổng")).getAttribute("href");

        // and once published it no longer waits on "Việc của tôi"
        menu(phone, "Việc của tôi");
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
        assertThat(articlesWaiting()).doesNotContain(title);
        Browser.screenshot(browser, "editor-" + width + "-03-published");
        openMenu(phone);
        browser.findElement(By.cssSelector(".account button")).click();
        // Wait for the signed-out page, or the next navigation races the logout's redirect (on a phone
        // the sign-in link sits in the folded menu, so it is found by its address, not its shown text).
        browser.findElement(By.cssSelector(".account a[href='/login']"));

        // then an anonymous reader opens it and sees the count, "Tin khác" and the listen button
        browser.manage().deleteAllCookies();
        browser.get(articleUrl);
        assertThat(browser.findElement(By.cssSelector("h1.article-title")).getText())
                .isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".view-count")).getText()).matches("Lượt xem: \\d+");
        long views = count(".view-count strong");
        assertThat(views).isPositive();
        assertThat(browser.findElement(By.id("related-title")).getText()).isEqualTo("Tin khác");
        // "Thứ Hai, 08/04/2024 09:15", or "Chủ Nhật, …" when the test runs on a Sunday in Vietnam
        String shown = browser.findElement(By.cssSelector(".article-date")).getText();
        assertThat(shown).matches("[^,]+, \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        LocalDateTime published =
                LocalDateTime.parse(shown.substring(shown.indexOf(", ") + 2), VietnameseFormats.DATE_TIME);
        assertThat(shown).isEqualTo(VietnameseFormats.weekdayDateTime(published));
        assertThat(browser.findElement(By.cssSelector(".article-body strong")).getText())
                .isEqualTo("Sở KH&CN hỗ trợ 50% kinh phí.");
        assertThat(browser.findElement(By.cssSelector(".article-body img")).getAttribute("src"))
                .contains("/files/");
        assertThat(browser.findElement(By.cssSelector(".article-cover img")).getAttribute("src"))
                .contains("/files/");
        var players = browser.findElements(By.id("article-audio"));
        if (players.isEmpty()) {
            assertThat(browser.findElement(By.cssSelector(".listen")).isDisplayed())
                    .isTrue();
        } else {
            assertThat(new Select(browser.findElement(By.id("voice")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Giọng nữ miền Nam"); // issue 18 #7: as on the seed portal
            assertThat(audioStatus(players.get(0).getAttribute("src"))).isEqualTo(200);
        }
        Browser.screenshot(browser, "11-reader-opens-article-" + width);

        // a reload is not a new view
        browser.navigate().refresh();
        assertThat(count(".view-count strong")).isEqualTo(views);

        // and the same browser without its cookie is the same reader (one address and user agent,
        // issue 16 #12), while another reader's visit raises "Hôm nay"
        long today = count(".stats-today");
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        assertThat(count(".stats-today")).isEqualTo(today);
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/")))
                                .header("User-Agent", "Mozilla/5.0 (Linux; Android 14) another reader " + marker)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        browser.navigate().refresh();
        assertThat(count(".stats-today")).isGreaterThan(today);
        assertThat(browser.findElement(By.cssSelector(".latest-news")).getText())
                .contains(title);
        Browser.screenshot(browser, "12-home-with-news-" + width);

        // the seed article is there too, as on the provincial portal (opened by its fixed id: on a
        // database other tests have filled, it is no longer on the first page of the news list)
        browser.get(url("/news/by-id/6a1f3c1e-0000-4000-8000-000000000101"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .startsWith("CHƯƠNG TRÌNH CỦA BAN THƯỜNG VỤ TỈNH ỦY");
        assertThat(browser.findElement(By.cssSelector(".article-date")).getText())
                .isEqualTo("Thứ Hai, 08/04/2024 09:15");
        assertThat(browser.findElement(By.cssSelector(".article-author")).getText())
                .isEqualTo("Nguyễn Thị Bích Thảo");
        Browser.screenshot(browser, "13-seed-article-" + width);
    }

    /** The player's source answers with audio once the background generation is done. */
    private static int audioStatus(String src) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        int status = 0;
        for (int i = 0; i < 100 && status != 200; i++) {
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(URI.create(src)).build(), HttpResponse.BodyHandlers.ofByteArray());
            status = response.statusCode();
            if (status == 200) {
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("audio/");
                assertThat(response.body().length).isGreaterThan(1000);
            } else {
                Thread.sleep(200);
            }
        }
        return status;
    }

    /** A 1600×900 photo-like PNG: resized to 1200 px on upload. */
    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 110, 60));
        g.fillRect(0, 0, 1600, 900);
        g.setColor(new Color(240, 200, 40));
        g.fillOval(500, 200, 600, 500);
        g.dispose();
        Path file = Files.createTempFile("anh-tuoi-nho-giot-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private long count(String selector) {
        return Long.parseLong(browser.findElement(By.cssSelector(selector))
                .getText()
                .replace(".", "")
                .trim());
    }

    /** The "Bài viết" section of "Việc của tôi". */
    private String articlesWaiting() {
        return browser.findElement(By.cssSelector("section[aria-labelledby='me.section.articles']"))
                .getText();
    }

    /** Follows an item of the site menu, opening the folded menu first on a phone. */
    private void menu(boolean phone, String item) {
        openMenu(phone);
        browser.findElement(By.id("site-sections"))
                .findElement(By.linkText(item))
                .click();
    }

    private void openMenu(boolean phone) {
        if (phone && !browser.findElement(By.id("site-sections")).isDisplayed()) {
            browser.findElement(By.cssSelector(".menu-toggle")).click();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
