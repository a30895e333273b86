package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 20's "done means" on the demo: {@code doanhnghiep} (Mộc Hoá Agritech) registers a lot of its
 * dragon fruit, records two steps on the phone forms and opens the labels PDF; then an anonymous phone
 * (390 px) opens the lot's Digital Link, as scanning its QR code does, and sees the journey; the demo's
 * recalled lot shows its red notice. Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
@ActiveProfiles({"test", "demo"})
class TraceabilityBrowserIT {

    private static final String DEMO_PASSWORD = "doimoi-demo-2026";

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

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theEnterpriseRecordsALotAndAPhoneScanningItsCodeSeesTheJourney(boolean phone) throws Exception {
        Journey journey = new Journey(browser, port, phone);
        String name = "traceability-" + journey.width();
        journey.signIn("doanhnghiep", DEMO_PASSWORD);
        journey.clickHeaderLink(By.cssSelector("#site-sections a[href='/traceability']"));
        Browser.expectText(browser, By.tagName("h1"), "Truy xuất nguồn gốc"::equals, "Truy xuất nguồn gốc");
        assertThat(browser.getPageSource()).contains("TL2612-A", "Thanh long ruột đỏ Long An");

        // when the member registers a lot
        browser.findElement(By.id("new-lot")).click();
        String lot = "IT" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        browser.findElement(By.id("lotNumber")).sendKeys(lot);
        browser.findElement(By.id("quantity")).sendKeys("500");
        Browser.screenshot(browser, name + "-1-lot-form");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
        browser.findElement(By.cssSelector("#lot-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã đăng ký lô hàng.");

        // and records the harvest and the packing, each on its short form
        for (String step : new String[] {"HARVEST", "PACKING"}) {
            browser.findElement(By.id("step-" + step)).click();
            WebElement form = browser.findElement(By.id("event-form"));
            if (phone) {
                assertThat(journey.pageWidth()).isLessThanOrEqualTo(390);
            }
            form.findElement(By.id("note")).sendKeys("Ghi từ điện thoại: " + step);
            Browser.screenshot(browser, name + "-2-" + step);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            Browser.expectNotice(browser, "Đã ghi nhận công đoạn.");
        }
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(2);
        String digitalLink = browser.findElement(By.id("digital-link")).getText();
        assertThat(digitalLink).endsWith("/10/" + lot).contains("/01/08936045120019/");

        // the labels PDF opens for the member (it is a download: fetched with the member's session)
        String labels = browser.findElement(By.id("labels-sheet")).getAttribute("href");
        HttpResponse<byte[]> pdf = fetchAsMember(labels);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        // then an anonymous phone opens the code's address and sees the journey within 390 px
        browser.manage().deleteAllCookies();
        Journey scan = new Journey(browser, port, true);
        String path = URI.create(digitalLink).getPath();
        browser.get("http://localhost:" + port + path);
        Browser.expectText(browser, By.tagName("h1"), "Thanh long ruột đỏ Long An"::equals, "the product");
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(2);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Thu hoạch", "Đóng gói");
        assertThat(browser.findElement(By.id("producer")).getText()).contains("Mộc Hoá");
        assertThat(browser.findElements(By.id("recall-notice"))).isEmpty();
        assertThat(scan.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, name + "-3-consumer-page");

        // and the demo's recalled lot shows its red notice at the top
        browser.get("http://localhost:" + port + "/01/08936045120019/10/TL2611-B");
        Browser.expectText(
                browser, By.id("recall-notice"), text -> text.contains("LÔ HÀNG ĐÃ BỊ THU HỒI"), "the recall notice");
        assertThat(scan.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, name + "-4-recalled");
    }

    private HttpResponse<byte[]> fetchAsMember(String url) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : browser.manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ")
                    .append(cookie.getName())
                    .append('=')
                    .append(cookie.getValue());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies.toString())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
