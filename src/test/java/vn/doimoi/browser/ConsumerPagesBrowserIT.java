package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 20's anonymous pages on the demo, as a phone (390 px) and a desktop open them from a scanned
 * code: the product's code, a lot's, a serialised unit's, a code nobody registered (404) or that is
 * not a Digital Link (400); the boxes made from a harvest with their pallet; a lot the enterprise
 * recalls, whose warning is on the very next scan; and the resolver's link types and linkset.
 * Screenshots in target/screenshots/.
 */
class ConsumerPagesBrowserIT extends DemoBrowserTest {

    private static final String PRODUCT = "/01/08936045120019";
    private static final String LOT = PRODUCT + "/10/TL2612-A";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {true, false})
    void aScannedCodeOpensTheProductTheLotOrTheUnit(boolean phone) throws Exception {
        Journey scan = new Journey(browser, port, phone);
        String name = "consumer-" + scan.width();

        // the product's code (no lot): the product, its producer, and why there is no journey
        open(PRODUCT);
        Browser.expectText(browser, By.tagName("h1"), "Thanh long ruột đỏ Long An"::equals, "the product");
        assertThat(browser.findElement(By.id("gtin")).getText()).isEqualTo("08936045120019");
        assertThat(browser.findElement(By.id("producer")).getText()).contains("Mộc Hoá");
        assertThat(browser.findElement(By.id("no-lot")).getText()).contains("chỉ cho biết sản phẩm");
        assertThat(browser.findElement(By.id("certifications")).getText()).contains("VietGAP");
        fits(scan, phone);
        Browser.screenshot(browser, name + "-1-product");

        // a lot's code: its dates and its journey from planting to shipping, one step back and one forward
        open(LOT);
        Browser.expectText(browser, By.id("lot-number"), "TL2612-A"::equals, "the lot");
        assertThat(steps()).containsExactly("Gieo trồng", "Thu hoạch", "Đóng gói", "Xuất hàng");
        assertThat(browser.findElement(By.id("produced-on")).getText()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElement(By.id("chain")).getText())
                .contains("Vườn thanh long Mộc Hóa", "Siêu thị Co.opmart Tân An");
        assertThat(browser.findElements(By.id("recall-notice"))).isEmpty();
        fits(scan, phone);
        Browser.screenshot(browser, name + "-2-lot");

        // a serialised unit of the lot: the same journey, with its serial
        open(LOT + "/21/0042");
        Browser.expectText(browser, By.id("serial"), "0042"::equals, "the serial");
        assertThat(steps()).hasSize(4);
        fits(scan, phone);

        // the boxes made from a harvest: the processing and the pallet on their journey
        open(PRODUCT.replace("08936045120019", "08936045120026") + "/10/TH2612-C");
        Browser.expectText(browser, By.tagName("h1"), "Thùng thanh long ruột đỏ 10 kg"::equals, "the boxes");
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("Chế biến (nguyên liệu → thành phẩm)", "SSCC 089360450000000014", "Xuất hàng");
        fits(scan, phone);
        Browser.screenshot(browser, name + "-3-boxes");

        // a code nobody registered: a clear page, and 404 for whoever reads the status
        open(PRODUCT + "/10/KHONG-CO");
        Browser.expectText(browser, By.tagName("h1"), "Không tìm thấy sản phẩm"::equals, "unknown lot");
        assertThat(browser.getPageSource()).contains("Hãy hỏi nơi bán hàng");
        fits(scan, phone);
        Browser.screenshot(browser, name + "-4-unknown");
        assertThat(status(PRODUCT + "/10/KHONG-CO")).isEqualTo(404);
        assertThat(status("/01/08936045120095"))
                .as("a product nobody registered")
                .isEqualTo(404);

        // a code whose check digit is wrong is no Digital Link: 400, never an error page with 200
        open("/01/08936045120018/10/TL2612-A");
        Browser.expectText(browser, By.tagName("h1"), "Mã không hợp lệ"::equals, "invalid code");
        fits(scan, phone);
        assertThat(status("/01/08936045120018/10/TL2612-A")).isEqualTo(400);
    }

    @Test
    void aLotTheEnterpriseRecallsShowsItsWarningOnTheNextScan() throws Exception {
        // given a lot of the enterprise, scanned once by a phone: no warning
        Journey phone = new Journey(browser, port, true);
        phone.signIn("doanhnghiep", DEMO_PASSWORD);
        browser.get("http://localhost:" + port + "/traceability/lots/new");
        String lot = "RC" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        browser.findElement(By.id("lotNumber")).sendKeys(lot);
        browser.findElement(By.id("quantity")).sendKeys("300");
        browser.findElement(By.cssSelector("#lot-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã đăng ký lô hàng.");
        String lotPage = browser.getCurrentUrl();
        browser.findElement(By.id("step-HARVEST")).click();
        browser.findElement(By.cssSelector("#event-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã ghi nhận công đoạn.");
        String code =
                URI.create(browser.findElement(By.id("digital-link")).getText()).getPath();

        browser.manage().deleteAllCookies();
        open(code);
        Browser.expectText(browser, By.id("lot-number"), lot::equals, "the lot");
        assertThat(browser.findElements(By.id("recall-notice"))).isEmpty();

        // when the enterprise recalls it
        phone.signIn("doanhnghiep", DEMO_PASSWORD);
        browser.get(lotPage);
        browser.findElement(By.id("reason")).sendKeys("Mẫu lưu có dư lượng vượt ngưỡng.");
        browser.findElement(By.cssSelector("#recall-form button[type=submit]")).click();
        Browser.expectText(
                browser, By.id("recall-notice"), text -> text.contains("Mẫu lưu có dư lượng"), "the lot's recall");

        // then the very next anonymous scan shows the warning at the top, within 390 px
        browser.manage().deleteAllCookies();
        open(code);
        WebElement notice = browser.findElement(By.id("recall-notice"));
        assertThat(notice.getText()).contains("LÔ HÀNG ĐÃ BỊ THU HỒI", "Mẫu lưu có dư lượng vượt ngưỡng.");
        assertThat(notice.getLocation().getY())
                .isLessThan(browser.findElement(By.tagName("h1")).getLocation().getY());
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "consumer-phone-5-recalled");
        HttpResponse<String> answer = get(code, "text/html");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aLinkTypeRedirectsAndTheLinksetListsTheLinks() throws Exception {
        // a link type: 307 to its link, which the phone then opens
        HttpResponse<String> traceability = get(LOT + "?linkType=gs1:traceability", "text/html");
        assertThat(traceability.statusCode()).isEqualTo(307);
        URI journey = URI.create(traceability.headers().firstValue("Location").orElseThrow());
        assertThat(journey.getPath()).isEqualTo("/truy-xuat" + LOT);
        assertThat(journey.getFragment()).isEqualTo("journey");
        new Journey(browser, port, true);
        open(journey.getRawPath() + "#journey");
        assertThat(steps()).hasSize(4);
        Browser.screenshot(browser, "consumer-phone-6-linktype");

        // a link type the lot has none of: the default link; the query string is passed on
        HttpResponse<String> other = get(LOT + "?linkType=gs1:recipeInfo&utm_source=qr", "text/html");
        assertThat(other.statusCode()).isEqualTo(307);
        assertThat(other.headers().firstValue("Location").orElseThrow())
                .endsWith("/truy-xuat" + LOT + "?utm_source=qr");

        // the linkset, asked for by link type or by Accept
        for (HttpResponse<String> linkset :
                List.of(get(LOT + "?linkType=linkset", "text/html"), get(LOT, "application/linkset+json"))) {
            assertThat(linkset.statusCode()).isEqualTo(200);
            assertThat(linkset.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/linkset+json");
            assertThat(linkset.body())
                    .contains("\"anchor\":\"http://localhost:8080" + LOT + "\"")
                    .contains("https://gs1.org/voc/defaultLink", "https://gs1.org/voc/pip")
                    .contains("https://gs1.org/voc/traceability", "https://gs1.org/voc/certificationInfo")
                    .contains("Thanh long ruột đỏ Long An");
        }

        // a browser's page names its linkset in a Link header
        HttpResponse<String> page = get(LOT, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Link"))
                .anySatisfy(link -> assertThat(link).contains(LOT + "?linkType=linkset>", "rel=\"linkset\""));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private List<String> steps() {
        return browser.findElements(By.cssSelector("#timeline li strong")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void fits(Journey scan, boolean phone) {
        assertThat(scan.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
    }

    private int status(String path) throws Exception {
        return get(path, "text/html").statusCode();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
