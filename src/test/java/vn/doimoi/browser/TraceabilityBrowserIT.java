package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.doimoi.traceability.LabelCodes;
import vn.doimoi.traceability.gs1.CheckDigit;

/**
 * Issue 20's "done means" on the demo: {@code doanhnghiep} (Mộc Hoá Agritech) registers a product
 * (sầu riêng), records a lot of it from planting to shipping on the phone forms and prints its QR
 * labels — the PDF opens and its code, decoded with ZXing, is the lot's Digital Link; then an
 * anonymous phone (390 px) opens that address, as scanning the code does, and sees the timeline; the
 * demo's recalled lot shows its red notice. The demo's distributor finds the boxes shared with it on
 * its page and reads their events with its own API key. Screenshots in target/screenshots/.
 */
class TraceabilityBrowserIT extends DemoBrowserTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theEnterpriseRegistersAProductRecordsALotPrintsItsLabelsAndAPhoneSeesTheJourney(boolean phone)
            throws Exception {
        Journey journey = new Journey(browser, port, phone);
        String name = "traceability-" + journey.width();
        journey.signIn("doanhnghiep", DEMO_PASSWORD);
        journey.clickHeaderLink(By.cssSelector("#site-sections a[href='/traceability']"));
        Browser.expectText(browser, By.tagName("h1"), "Truy xuất nguồn gốc"::equals, "Truy xuất nguồn gốc");
        assertThat(browser.getPageSource()).contains("TL2612-A", "Thanh long ruột đỏ Long An");

        // when the member registers a product under the enterprise's GS1 prefix
        browser.findElement(By.id("new-product")).click();
        String body = "8936045" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String gtin = body + CheckDigit.mod10(body);
        String product = "Sầu riêng Ri6 Mộc Hóa " + gtin.substring(7, 12);
        browser.findElement(By.id("gtin")).sendKeys(gtin);
        browser.findElement(By.id("name")).sendKeys(product);
        browser.findElement(By.id("standards")).sendKeys("VietGAP");
        fits(journey, phone);
        Browser.screenshot(browser, name + "-1-product-form");
        browser.findElement(By.cssSelector("#product-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã đăng ký sản phẩm.");

        // and a lot of it
        browser.findElement(By.cssSelector("a[href^='/traceability/lots/new?product=']"))
                .click();
        String lot = "SR" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        browser.findElement(By.id("lotNumber")).sendKeys(lot);
        browser.findElement(By.id("quantity")).sendKeys("800");
        fits(journey, phone);
        Browser.screenshot(browser, name + "-2-lot-form");
        browser.findElement(By.cssSelector("#lot-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã đăng ký lô hàng.");

        // and records it from planting to shipping, each step on its short form, at the farm then the packing house
        LocalDate today = LocalDate.now(VIETNAM);
        record(journey, phone, name, "PLANTING", today.minusDays(120) + "T07:00", "Vườn thanh long Mộc Hóa", null);
        record(journey, phone, name, "HARVEST", today.minusDays(2) + "T06:00", "Vườn thanh long Mộc Hóa", null);
        record(journey, phone, name, "PACKING", today.minusDays(2) + "T14:00", "Nhà sơ chế", null);
        record(
                journey,
                phone,
                name,
                "SHIPPING",
                today.minusDays(1) + "T08:00",
                "Nhà sơ chế",
                "Siêu thị Co.opmart Tân An");
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(4);
        String digitalLink = browser.findElement(By.id("digital-link")).getText();
        assertThat(digitalLink).endsWith("/01/0" + gtin + "/10/" + lot);

        // and prints its labels: the PDF opens (a download, fetched with the member's session) and its QR
        // code, read back with ZXing, is the lot's Digital Link
        for (String size : new String[] {"labels-single", "labels-sheet"}) {
            HttpResponse<byte[]> pdf =
                    fetchAsMember(browser.findElement(By.id(size)).getAttribute("href"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
            assertThat(LabelCodes.decode(pdf.body())).isNotEmpty().containsOnly(digitalLink);
        }

        // then an anonymous phone opens the code's address and sees the journey within 390 px
        browser.manage().deleteAllCookies();
        Journey scan = new Journey(browser, port, true);
        browser.get("http://localhost:" + port + URI.create(digitalLink).getPath());
        Browser.expectText(browser, By.tagName("h1"), product::equals, "the product");
        assertThat(browser.findElements(By.cssSelector("#timeline li strong")))
                .extracting(WebElement::getText)
                .containsExactly("Gieo trồng", "Thu hoạch", "Đóng gói", "Xuất hàng");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Siêu thị Co.opmart Tân An");
        assertThat(browser.findElement(By.id("producer")).getText()).contains("Mộc Hoá");
        assertThat(browser.findElement(By.id("lot-number")).getText()).isEqualTo(lot);
        assertThat(browser.findElements(By.id("recall-notice"))).isEmpty();
        assertThat(scan.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, name + "-4-consumer-page");

        // and the demo's recalled lot shows its red notice at the top
        browser.get("http://localhost:" + port + "/01/08936045120019/10/TL2611-B");
        Browser.expectText(
                browser, By.id("recall-notice"), text -> text.contains("LÔ HÀNG ĐÃ BỊ THU HỒI"), "the recall notice");
        assertThat(scan.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, name + "-5-recalled");
    }

    @Test
    void theDistributorReadsTheBoxesSharedWithItOnItsPageAndThroughItsKey() throws Exception {
        // given the demo's boxes TH2612-C, shipped to Nông sản Xanh and shared with it
        Journey journey = new Journey(browser, port, true);
        journey.signIn("phanphoi", DEMO_PASSWORD);

        // when its member opens traceability
        journey.clickHeaderLink(By.cssSelector("#site-sections a[href='/traceability']"));

        // then the lot shared with it is listed, with its owner
        WebElement shared = browser.findElement(By.id("shared-with-us"));
        assertThat(shared.getText()).contains("TH2612-C", "Thùng thanh long ruột đỏ 10 kg", "Mộc Hoá");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "traceability-distributor-1-shared");

        // and a key it makes on its keys page reads the lot's events through the EPCIS API
        browser.findElement(By.id("api-keys")).click();
        browser.findElement(By.cssSelector("#api-key-form #name")).sendKeys("Phần mềm kho Nông sản Xanh");
        browser.findElement(By.cssSelector("#api-key-form button[type=submit]")).click();
        String key = browser.findElement(By.id("secret")).getText();
        HttpResponse<String> events = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/epcis/events?MATCH_anyEPCClass="
                                        + "https%3A%2F%2Fid.gs1.org%2F01%2F08936045120026%2F10%2FTH2612-C"))
                                .header("Authorization", "Bearer " + key)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
        assertThat(events.body()).contains("TransformationEvent", "AggregationEvent", "089360450000000014");
    }

    /** Records one step on the lot page's form for it: when, where and, for a shipment, to whom. */
    private void record(
            Journey journey,
            boolean phone,
            String name,
            String step,
            String time,
            String place,
            @Nullable String partner) {
        browser.findElement(By.id("step-" + step)).click();
        WebElement form = browser.findElement(By.id("event-form"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", form.findElement(By.id("time")), time);
        form.findElements(By.cssSelector("#locationId option")).stream()
                .filter(option -> option.getText().contains(place))
                .findFirst()
                .orElseThrow()
                .click();
        if (partner != null) {
            form.findElement(By.id("partner")).sendKeys(partner);
        }
        form.findElement(By.id("note")).sendKeys("Ghi từ điện thoại: " + step);
        fits(journey, phone);
        Browser.screenshot(browser, name + "-3-" + step);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã ghi nhận công đoạn.");
    }

    private static void fits(Journey journey, boolean phone) {
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(phone ? 390 : 1366);
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
